package org.casework.audit;

import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: who did what to which record, and when. Changes to our entities are recorded
 * automatically (see {@link EntityChangeAuditor}); logins and other events are recorded here.
 */
@Service
public class AuditService {

    static final String INSERT = "INSERT INTO audit_log (occurred_at, username, action, entity_type, entity_id, detail,"
            + " remote_addr) VALUES (?,?,?,?,?,?,?)";

    private static final ThreadLocal<Boolean> BULK = ThreadLocal.withInitial(() -> false);

    private final JdbcTemplate jdbc;

    AuditService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an event in the current transaction (or on its own when there is none). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(String action, String entityType, Object entityId, String detail) {
        write(currentUser(), action, entityType, entityId, detail, null);
    }

    /** Records an event in its own transaction, so that it stays even when the caller rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(String username, String action, String detail, String remoteAddr) {
        write(username, action, null, null, detail, remoteAddr);
    }

    /**
     * Runs a bulk job (an import, demo data) without one audit row per changed record; the caller
     * records one summary entry instead.
     */
    public static <T> T inBulk(java.util.function.Supplier<T> job) {
        boolean before = BULK.get();
        BULK.set(true);
        try {
            return job.get();
        } finally {
            BULK.set(before);
        }
    }

    static boolean bulk() {
        return BULK.get();
    }

    /** The newest entries first, optionally only those mentioning {@code text}; system administrators only. */
    @RolesAllowed("ADMIN")
    public List<AuditEntry> latest(String text, int offset, int limit) {
        String like = text == null || text.isBlank() ? null : "%" + text.trim() + "%";
        String where = like == null ? "" : " WHERE username LIKE ? OR action LIKE ? OR entity_type LIKE ? OR entity_id LIKE ? OR detail LIKE ?";
        Object[] args = like == null ? new Object[] {limit, offset} : new Object[] {like, like, like, like, like, limit, offset};
        return jdbc.query("SELECT id, occurred_at, username, action, entity_type, entity_id, detail, remote_addr FROM audit_log"
                        + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                args);
    }

    @RolesAllowed("ADMIN")
    public int count(String text) {
        if (text == null || text.isBlank()) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class);
        }
        String like = "%" + text.trim() + "%";
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username LIKE ? OR action LIKE ? OR entity_type LIKE ? OR entity_id LIKE ? OR detail LIKE ?",
                Integer.class, like, like, like, like, like);
    }

    void write(String username, String action, String entityType, Object entityId, String detail, String remoteAddr) {
        jdbc.update(INSERT, row(username, action, entityType, entityId, detail, remoteAddr));
    }

    /** The values of an audit row, in the order of {@link #INSERT}. */
    static Object[] row(String username, String action, String entityType, Object entityId, String detail, String remoteAddr) {
        return new Object[] {Timestamp.from(Instant.now()), username, action, entityType,
                entityId == null ? null : String.valueOf(entityId), truncate(detail), remoteAddr};
    }

    static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }

    public record AuditEntry(long id, Instant occurredAt, String username, String action, String entityType,
                             String entityId, String detail, String remoteAddr) {
    }
}
