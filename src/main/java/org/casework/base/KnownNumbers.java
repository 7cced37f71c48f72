package org.casework.base;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The record numbers that exist, per kind and organisation, for a bulk import running on this thread:
 * loaded with one query per organisation, so that a ledger of new records does not ask the database
 * once per row whether the number is taken. Outside {@link #collectedDuring} every number "may exist"
 * and the caller looks it up as usual. The importer adds each number it creates.
 */
public final class KnownNumbers {

    private static final ThreadLocal<Map<String, Set<String>>> CACHE = new ThreadLocal<>();

    private KnownNumbers() {
    }

    /** Runs a bulk import (one transaction) with the numbers collected once per kind and organisation. */
    public static <T> T collectedDuring(Supplier<T> job) {
        Map<String, Set<String>> before = CACHE.get();
        CACHE.set(new HashMap<>());
        try {
            return job.get();
        } finally {
            if (before == null) {
                CACHE.remove();
            } else {
                CACHE.set(before);
            }
        }
    }

    /**
     * False only when a bulk import runs and the organisation has certainly no record of this kind with
     * this number; {@code numbersOf} loads the organisation's numbers (called once per kind and organisation).
     */
    public static boolean mayExist(String kind, long orgId, String number, Function<Long, Collection<String>> numbersOf) {
        Map<String, Set<String>> cache = CACHE.get();
        if (cache == null) {
            return true;
        }
        return cache.computeIfAbsent(kind + "|" + orgId, k -> folded(numbersOf.apply(orgId))).contains(fold(number));
    }

    /** A record of this kind and number was created during the bulk import. */
    public static void created(String kind, long orgId, String number) {
        Map<String, Set<String>> cache = CACHE.get();
        if (cache != null) {
            cache.computeIfAbsent(kind + "|" + orgId, k -> new HashSet<>()).add(fold(number));
        }
    }

    /**
     * Numbers compared as MySQL/MariaDB's case-insensitive collation compares them (a unique key there
     * takes "AB-1" and "ab-1" as one number), so that a number the database would match is never missed.
     */
    private static String fold(String number) {
        return number.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> folded(Collection<String> numbers) {
        Set<String> set = new HashSet<>();
        numbers.forEach(n -> set.add(fold(n)));
        return set;
    }
}
