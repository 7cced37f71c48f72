package org.casework.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.casework.base.RuleViolation;

/** The organisation a ledger row names by its code; a violation on the column when it is missing or unknown. */
public final class ImportOrgs {

    /** Codes already looked up by a bulk import running on this thread (see {@link #cachedDuring}). */
    private static final ThreadLocal<Map<String, OrgRef>> CACHE = new ThreadLocal<>();

    private ImportOrgs() {
    }

    /**
     * Runs a bulk import (a ledger of many thousand rows) looking each organisation code up once. The
     * organisation tree must not change while the job runs.
     */
    public static <T> T cachedDuring(Supplier<T> job) {
        Map<String, OrgRef> before = CACHE.get();
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

    public static OrgRef resolve(OrgService orgs, String code, String column, List<RuleViolation> v) {
        if (code == null || code.isBlank()) {
            v.add(new RuleViolation(column, column + "不能为空"));
            return null;
        }
        Map<String, OrgRef> cache = CACHE.get();
        OrgRef org = cache == null ? orgs.findByCode(code).orElse(null)
                : cache.computeIfAbsent(code.trim(), c -> orgs.findByCode(c).orElse(null));
        if (org == null) {
            v.add(new RuleViolation(column, "机构代码不存在：" + code.trim()));
        }
        return org;
    }
}
