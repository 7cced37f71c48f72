package org.casework.documents;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.casework.base.Databases;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
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
 * <p>The number is taken in the issuing transaction by an {@code UPDATE … SET next_no = next_no + 1} that
 * returns the new value (see {@link #take}), which holds the row's exclusive lock until that transaction
 * ends: a second issuer waits, and a rolled-back issue gives its number back. When the update finds no
 * row, this is the first number of (org, year, type): the sequence row is created in a short transaction
 * of its own that commits at once (a row with {@code next_no = 1} takes no number; at read committed the
 * issuing transaction's next update sees it), and the update runs again. Creating and counting in one
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
    private static final String SEQUENCE_ROW = " WHERE org_id = ? AND doc_year = ? AND doc_type = ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final boolean h2;

    DocumentNumbering(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.h2 = Databases.isH2(jdbc.getDataSource());
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of (org, year, type); must run inside the transaction that stores the document. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(long orgId, int year, DocumentType type) {
        int number = take(orgId, year, type);
        if (number == 0) {
            createSequence(orgId, year, type);
            number = take(orgId, year, type);
        }
        return number;
    }

    /**
     * Takes the next number in one statement, locking the sequence row; 0 when the row does not exist yet.
     * H2 returns the updated row ({@code FINAL TABLE}); MySQL/MariaDB return the new value as the
     * statement's generated key ({@code LAST_INSERT_ID(expr)}).
     */
    private int take(long orgId, int year, DocumentType type) {
        return waitingForLocks(() -> h2 ? takeOnH2(orgId, year, type) : takeOnMySql(orgId, year, type), false);
    }

    private int takeOnH2(long orgId, int year, DocumentType type) {
        String sql = "SELECT next_no FROM FINAL TABLE (UPDATE document_sequence SET next_no = next_no + 1" + SEQUENCE_ROW + ")";
        return jdbc.queryForList(sql, Integer.class, orgId, year, type.name()).stream().findFirst().map(next -> next - 1).orElse(0);
    }

    private int takeOnMySql(long orgId, int year, DocumentType type) {
        return jdbc.execute((ConnectionCallback<Integer>) connection -> {
            String sql = "UPDATE document_sequence SET next_no = LAST_INSERT_ID(next_no + 1)" + SEQUENCE_ROW;
            try (PreparedStatement update = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                update.setLong(1, orgId);
                update.setInt(2, year);
                update.setString(3, type.name());
                if (update.executeUpdate() == 0) {
                    return 0;
                }
                try (ResultSet next = update.getGeneratedKeys()) {
                    if (!next.next()) {
                        throw new IllegalStateException("数据库没有返回文书编号序列的新值");
                    }
                    return next.getInt(1) - 1;
                }
            }
        });
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
