package org.casework.base;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values computed once per transaction, bound to it like Spring's own transaction resources:
 * suspended with it (a REQUIRES_NEW transaction gets its own), dropped when it completes. Outside a
 * transaction nothing is remembered. For values tied to the transaction's persistence context
 * (managed entities), which the {@link ReferenceCache} must not hold.
 */
public final class TransactionMemo<K, V> {

    /** The values of one transaction. */
    private final class Values implements TransactionSynchronization {

        private final Map<K, V> map = new HashMap<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(TransactionMemo.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
        }
    }

    /** The value of the key in the current transaction, computed on first use. */
    public V get(K key, Function<K, V> compute) {
        Values values = values();
        if (values == null) {
            return compute.apply(key);
        }
        V value = values.map.get(key);
        if (value == null) {
            value = compute.apply(key);
            values.map.put(key, value);
        }
        return value;
    }

    /** A value already computed in the current transaction that passes the test, if any (nothing is computed). */
    @SuppressWarnings("unchecked")
    public Optional<V> find(Predicate<? super V> test) {
        Values values = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Values) TransactionSynchronizationManager.getResource(this) : null;
        return values == null ? Optional.empty() : values.map.values().stream().filter(test).findFirst();
    }

    @SuppressWarnings("unchecked")
    private Values values() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Values values = (Values) TransactionSynchronizationManager.getResource(this);
        if (values == null) {
            values = new Values();
            TransactionSynchronizationManager.bindResource(this, values);
            TransactionSynchronizationManager.registerSynchronization(values);
        }
        return values;
    }
}
