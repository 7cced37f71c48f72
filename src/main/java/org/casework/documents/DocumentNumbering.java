package org.casework.documents;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out document numbers per organisation, year and type: 1, 2, 3, … with no gaps and no
 * duplicates, also under concurrent issue. The number is taken in the issuing transaction by one
 * {@code INSERT … ON DUPLICATE KEY UPDATE next_no = next_no + 1} on the sequence row, which holds the
 * row's exclusive lock until that transaction ends: a second issuer waits, and a rolled-back issue
 * gives its number back. The first document of a year creates the row; when two create it at once,
 * the second waits for the first and then takes the next number (or number 1 if the first rolled
 * back). Works on H2 (MySQL mode), MySQL and MariaDB.
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

    private final JdbcTemplate jdbc;

    DocumentNumbering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of (org, year, type); must run inside the transaction that stores the document. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(long orgId, int year, DocumentType type) {
        // creates the row (the first document of its kind this year takes number 1) or takes the next
        // number, in one statement that locks the row exclusively: a plain INSERT that fails on the
        // duplicate would hold a shared lock, and two such issuers deadlock on the following UPDATE
        waitingForLocks(() -> jdbc.update("INSERT INTO document_sequence (org_id, doc_year, doc_type, next_no) VALUES (?, ?, ?, 2) "
                + "ON DUPLICATE KEY UPDATE next_no = next_no + 1", orgId, year, type.name()));
        Integer next = jdbc.queryForObject(
                "SELECT next_no FROM document_sequence WHERE org_id = ? AND doc_year = ? AND doc_type = ?",
                Integer.class, orgId, year, type.name());
        return next - 1;
    }

    private static int waitingForLocks(IntSupplier statement) {
        long start = System.nanoTime();
        while (true) {
            try {
                return statement.getAsInt();
            } catch (DataAccessException e) {
                if (!lockWaitTimedOut(e) || System.nanoTime() - start > MAX_WAIT.toNanos()) {
                    throw e;
                }
            }
        }
    }

    /**
     * Only a lock wait that timed out is tried again: it fails the statement and leaves the
     * transaction intact (H2 error 50200, MySQL/MariaDB 1205). A deadlock (MySQL 1213) rolls the whole
     * transaction back and must reach the caller.
     */
    private static boolean lockWaitTimedOut(DataAccessException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getErrorCode() == H2_LOCK_TIMEOUT || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT;
            }
        }
        return false;
    }
}
