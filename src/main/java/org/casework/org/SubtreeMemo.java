package org.casework.org;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The subtrees {@link OrgService#subtreeIds} computed in the current transaction, bound to it like
 * Spring's own transaction resources: suspended with it (REQUIRES_NEW gets its own), dropped when it
 * completes. Without transaction synchronization nothing is remembered.
 */
final class SubtreeMemo implements TransactionSynchronization {

    private static final Object KEY = SubtreeMemo.class;

    private final Map<Long, Set<Long>> ids = new HashMap<>();

    private SubtreeMemo() {
    }

    /** The memo of the current transaction (created on first use), or null outside one. */
    static Map<Long, Set<Long>> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        SubtreeMemo memo = (SubtreeMemo) TransactionSynchronizationManager.getResource(KEY);
        if (memo == null) {
            memo = new SubtreeMemo();
            TransactionSynchronizationManager.bindResource(KEY, memo);
            TransactionSynchronizationManager.registerSynchronization(memo);
        }
        return memo.ids;
    }

    /** Forgets the subtrees of the current transaction (the tree changed). */
    static void forget() {
        if (TransactionSynchronizationManager.getResource(KEY) instanceof SubtreeMemo memo) {
            memo.ids.clear();
        }
    }

    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(KEY, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
    }
}
