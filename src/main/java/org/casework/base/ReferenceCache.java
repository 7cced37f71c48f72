package org.casework.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data that every service call reads and that changes seldom (organisations, users and
 * their roles, officers), remembered between transactions: a workflow step then does not ask the
 * database again who the signed-in officer is, which organisations they see or which group a task is
 * offered to.
 *
 * <p>Values must be immutable (records, {@code Set.copyOf}, …). Any insert, update or delete of a
 * {@link ReferenceEntity} through Hibernate, its collections included, forgets everything: at once,
 * and again when the changing transaction ends, so that a value another transaction read in between
 * is not kept. The changing transaction itself reads past the cache until it ends, as does one that
 * announced a change with {@link #changing()} before making it. Entries expire after
 * {@link #TIME_TO_LIVE_SECONDS} seconds, for changes made by another instance of the application on
 * the same database or by SQL outside Hibernate.
 */
@Component
public class ReferenceCache {

    public static final long TIME_TO_LIVE_SECONDS = 60;
    private static final long TIME_TO_LIVE_NANOS = TimeUnit.SECONDS.toNanos(TIME_TO_LIVE_SECONDS);
    private static final Object CHANGING = new Object();

    private record Entry(Object value, long generation, long loadedAt) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The value of the key, loaded (and remembered unless reference data changed meanwhile) when missing or stale. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> loader) {
        if (changingNow()) {
            return loader.get();
        }
        long gen = generation.get();
        Entry e = entries.get(key);
        long now = System.nanoTime();
        if (e != null && e.generation == gen && now - e.loadedAt < TIME_TO_LIVE_NANOS) {
            return (T) e.value;
        }
        T value = loader.get();
        if (value != null && generation.get() == gen) {
            entries.put(key, new Entry(value, gen, now));
        }
        return value;
    }

    /**
     * The values of these keys, those missing or stale loaded together by {@code load} (which leaves out
     * keys without a value); in the order of the keys.
     */
    @SuppressWarnings("unchecked")
    public <K, V> Map<K, V> getAll(Collection<K> keys, Function<List<K>, Map<K, V>> load) {
        if (changingNow()) {
            return ordered(keys, load.apply(List.copyOf(keys)));
        }
        long gen = generation.get();
        long now = System.nanoTime();
        Map<K, V> found = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K key : keys) {
            Entry e = entries.get(key);
            if (e != null && e.generation == gen && now - e.loadedAt < TIME_TO_LIVE_NANOS) {
                found.put(key, (V) e.value);
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            Map<K, V> loaded = load.apply(missing);
            if (generation.get() == gen) {
                loaded.forEach((k, v) -> entries.put(k, new Entry(v, gen, now)));
            }
            found.putAll(loaded);
        }
        return ordered(keys, found);
    }

    private static <K, V> Map<K, V> ordered(Collection<K> keys, Map<K, V> values) {
        Map<K, V> inOrder = new LinkedHashMap<>();
        keys.forEach(k -> {
            V v = values.get(k);
            if (v != null) {
                inOrder.put(k, v);
            }
        });
        return inOrder;
    }

    /**
     * The current transaction is about to change reference data: it reads past the cache from now on,
     * and everything is forgotten now and when it ends.
     */
    public void changing() {
        forget();
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.getResource(CHANGING) != null) {
            return;
        }
        ChangingTransaction marker = new ChangingTransaction();
        TransactionSynchronizationManager.bindResource(CHANGING, marker);
        TransactionSynchronizationManager.registerSynchronization(marker);
    }

    /** Forgets every value. */
    public void forget() {
        generation.incrementAndGet();
        entries.clear();
    }

    private static boolean changingNow() {
        return TransactionSynchronizationManager.isSynchronizationActive() && TransactionSynchronizationManager.getResource(CHANGING) != null;
    }

    /** Bound to a transaction that changed reference data: suspended with it, forgets all when it ends. */
    private final class ChangingTransaction implements TransactionSynchronization {

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(CHANGING, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
            forget();
        }
    }
}
