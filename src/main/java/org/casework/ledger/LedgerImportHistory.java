package org.casework.ledger;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger_import table: one row per import, written in transactions of its own, so that an import
 * that was rejected and rolled back is still on record.
 */
@Component
class LedgerImportHistory {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    LedgerImportHistory(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long started(String fileName, String username) {
        return Objects.requireNonNull(ownTransaction.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement(
                        "INSERT INTO ledger_import (file_name, imported_by, started_at, outcome) VALUES (?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, truncate(fileName == null || fileName.isBlank() ? "（未命名）" : fileName, 300));
                ps.setString(2, truncate(username, 64));
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.setString(4, LedgerImportEntry.Outcome.RUNNING.name());
                return ps;
            }, key);
            return Objects.requireNonNull(key.getKey()).longValue();
        }));
    }

    void finished(long id, LedgerImportEntry.Outcome outcome, String summary) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "UPDATE ledger_import SET finished_at = ?, outcome = ?, summary = ? WHERE id = ?",
                Timestamp.from(Instant.now()), outcome.name(), truncate(summary, 4000), id));
    }

    /** Newest first; {@code username} null for everybody's imports. */
    List<LedgerImportEntry> latest(String username, int offset, int limit) {
        String where = username == null ? "" : " WHERE imported_by = ?";
        Object[] args = username == null ? new Object[] {limit, offset} : new Object[] {username, limit, offset};
        return jdbc.query("SELECT id, file_name, imported_by, started_at, finished_at, outcome, summary FROM ledger_import"
                        + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new LedgerImportEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        LedgerImportEntry.Outcome.valueOf(rs.getString(6)), rs.getString(7)),
                args);
    }

    int count(String username) {
        Integer n = username == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM ledger_import", Integer.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM ledger_import WHERE imported_by = ?", Integer.class, username);
        return n == null ? 0 : n;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
