package org.casework.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A value is computed once per transaction, again in the next one, and every time outside one. */
class TransactionMemoTest {

    private final TransactionMemo<Long, String> memo = new TransactionMemo<>();
    private final AtomicInteger computed = new AtomicInteger();

    private String compute(long key) {
        return key + "#" + computed.incrementAndGet();
    }

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private void endTransaction() {
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void onceWithinATransactionAndAgainInTheNext() {
        TransactionSynchronizationManager.initSynchronization();
        assertThat(memo.get(7L, this::compute)).isEqualTo("7#1");
        assertThat(memo.get(7L, this::compute)).isEqualTo("7#1");
        assertThat(memo.get(8L, this::compute)).isEqualTo("8#2");
        endTransaction();

        TransactionSynchronizationManager.initSynchronization();
        assertThat(memo.get(7L, this::compute)).as("a new transaction computes again").isEqualTo("7#3");
    }

    @Test
    void aSuspendedTransactionKeepsItsValuesApartFromTheInnerOne() {
        TransactionSynchronizationManager.initSynchronization();
        assertThat(memo.get(7L, this::compute)).isEqualTo("7#1");
        var outer = TransactionSynchronizationManager.getSynchronizations();
        outer.forEach(TransactionSynchronization::suspend);
        TransactionSynchronizationManager.clearSynchronization();

        TransactionSynchronizationManager.initSynchronization();
        assertThat(memo.get(7L, this::compute)).as("the inner (REQUIRES_NEW) transaction").isEqualTo("7#2");
        endTransaction();

        TransactionSynchronizationManager.initSynchronization();
        outer.forEach(s -> {
            TransactionSynchronizationManager.registerSynchronization(s);
            s.resume();
        });
        assertThat(memo.get(7L, this::compute)).as("the outer one again").isEqualTo("7#1");
    }

    @Test
    void findSeesOnlyWhatThisTransactionComputedAndComputesNothing() {
        assertThat(memo.find(v -> true)).as("outside a transaction").isEmpty();
        TransactionSynchronizationManager.initSynchronization();
        assertThat(memo.find(v -> true)).as("nothing computed yet").isEmpty();
        memo.get(7L, this::compute);
        memo.get(8L, this::compute);
        assertThat(memo.find(v -> v.startsWith("8#"))).contains("8#2");
        assertThat(memo.find(v -> v.startsWith("9#"))).isEmpty();
        assertThat(computed).hasValue(2);
        endTransaction();

        TransactionSynchronizationManager.initSynchronization();
        assertThat(memo.find(v -> true)).as("the next transaction starts empty").isEmpty();
    }

    @Test
    void everyTimeOutsideATransaction() {
        assertThat(memo.get(7L, this::compute)).isEqualTo("7#1");
        assertThat(memo.get(7L, this::compute)).isEqualTo("7#2");
    }
}
