package org.casework.documents;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out document numbers per organisation, year and type: 1, 2, 3, … with no gaps and no
 * duplicates, also under concurrent issue.
 *
 * <p>The number is taken in the issuing transaction by a plain {@code UPDATE … SET next_no = next_no + 1},
 * which holds the row's exclusive lock until that transaction ends: a second issuer waits, and a
 * rolled-back issue gives its number back. When the update finds no row, this is the first number of
 * (org, year, type): the sequence row is created in a short transaction of its own that commits at once
 * (a row with {@code next_no = 1} takes no number; at read committed the issuing transaction's next
 * update sees it), and the update runs again. Creating and counting in one
 * {@code INSERT … ON DUPLICATE KEY UPDATE} is not safe on MySQL/MariaDB: when several issuers wait on a
 * row being created, each holds a shared lock from the duplicate-key check and they deadlock when the
 * creator commits.
 *
 * <p>H2 gives up waiting for a lock after 2 seconds (MySQL after 50); the statement, not the
 * transaction, fails, so it is tried again for up to half a minute in all. Callers should issue
 * late in their transaction, so that the row is locked only briefly.
 */
@Component
class DocumentNumbering {

    private static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DEADLOCK = 1213;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    DocumentNumbering(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of (org, year, type); must run inside the transaction that stores the document. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(long orgId, int year, DocumentType type) {
        if (take(orgId, year, type) == 0) {
            createSequence(orgId, year, type);
            take(orgId, year, type);
        }
        Integer next = jdbc.queryForObject(
                "SELECT next_no FROM document_sequence WHERE org_id = ? AND doc_year = ? AND doc_type = ?",
                Integer.class, orgId, year, type.name());
        return next - 1;
    }

    /** Takes the next number: 1 when the sequence row exists (and locks it), 0 when it does not yet. */
    private int take(long orgId, int year, DocumentType type) {
        return waitingForLocks(() -> jdbc.update("UPDATE document_sequence SET next_no = next_no + 1 "
                + "WHERE org_id = ? AND doc_year = ? AND doc_type = ?", orgId, year, type.name()), false);
    }

    private void createSequence(long orgId, int year, DocumentType type) {
        // its own transaction: it commits at once, so no issuer holds locks from creating the row,
        // and a deadlock between two creators rolls back only this statement and is simply retried
        waitingForLocks(() -> ownTransaction.execute(status -> {
            try {
                return jdbc.update("INSERT INTO document_sequence (org_id, doc_year, doc_type, next_no) VALUES (?, ?, ?, 1)",
                        orgId, year, type.name());
            } catch (DuplicateKeyException created) {
                return 0;
            }
        }), true);
    }

    private static int waitingForLocks(IntSupplier statement, boolean deadlockRetryable) {
        long start = System.nanoTime();
        while (true) {
            try {
                return statement.getAsInt();
            } catch (DataAccessException e) {
                if (!retryable(e, deadlockRetryable) || System.nanoTime() - start > MAX_WAIT.toNanos()) {
                    throw e;
                }
            }
        }
    }

    /**
     * A lock wait that timed out fails the statement and leaves the transaction intact (H2 error
     * 50200, MySQL/MariaDB 1205), so it is tried again. A deadlock (MySQL 1213) rolls the whole
     * transaction back: it is tried again only where that transaction is the statement's own.
     */
    private static boolean retryable(DataAccessException e, boolean deadlockRetryable) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                return code == H2_LOCK_TIMEOUT || code == MYSQL_LOCK_WAIT_TIMEOUT
                        || (deadlockRetryable && code == MYSQL_DEADLOCK);
            }
        }
        return false;
    }
}
