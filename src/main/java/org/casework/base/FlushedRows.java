package org.casework.base;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows of append-only tables (the audit log, a case's timeline) collected per Hibernate session and written
 * with JDBC on the session's connection, one batch per statement, when a flush of the session ends: before
 * a query of the session reads, and at commit. Rows added after the last flush are written just before the
 * commit. So they become visible with the changes around them, go with a rollback, and a failed batch fails
 * the flush and with it the commit. One round trip per flush instead of one per row, and no entity to build.
 *
 * <p>Values are bound as Spring's JDBC support binds them, except an {@link Instant}: it is bound as
 * Hibernate binds one with {@code hibernate.jdbc.time_zone=UTC}, so an entity mapped on the same table reads
 * it back unchanged.
 */
public final class FlushedRows implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {

    private static final ThreadLocal<FlushedRows> CURRENT = new ThreadLocal<>();

    private final SharedSessionContractImplementor session;
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private boolean completed;

    private FlushedRows(SharedSessionContractImplementor session) {
        this.session = session;
    }

    /** Adds a row for the transaction of this entity manager (a transaction must be running). */
    public static void add(EntityManager em, String insert, Object... row) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("FlushedRows need a running transaction: " + insert);
        }
        add(em.unwrap(SessionImplementor.class), insert, row);
    }

    /** Adds a row to the batch of the session's transaction, opening one if needed. */
    public static void add(SessionImplementor session, String insert, Object... row) {
        FlushedRows batch = CURRENT.get();
        if (batch == null || batch.session != session || batch.completed) {
            batch = new FlushedRows(session);
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) batch);
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) batch);
            CURRENT.set(batch);
        }
        batch.rows.computeIfAbsent(insert, sql -> new ArrayList<>()).add(row);
    }

    /** Writes what the session's transaction has collected so far; called when one of its flushes ends. */
    static void flushed(SharedSessionContractImplementor session) {
        FlushedRows batch = CURRENT.get();
        if (batch != null && batch.session == session && !batch.completed) {
            batch.write(session);
        }
    }

    @Override
    public void doBeforeTransactionCompletion(SessionImplementor s) {
        write(s);
    }

    @Override
    public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor s) {
        completed = true;
        rows.clear();
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    private void write(SharedSessionContractImplementor s) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, List<Object[]>> pending = new LinkedHashMap<>(rows);
        rows.clear();
        s.doWork(connection -> {
            Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            for (Map.Entry<String, List<Object[]>> statement : pending.entrySet()) {
                try (PreparedStatement insert = connection.prepareStatement(statement.getKey())) {
                    for (Object[] row : statement.getValue()) {
                        for (int i = 0; i < row.length; i++) {
                            bind(insert, i + 1, row[i], utc);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        });
    }

    private static void bind(PreparedStatement insert, int index, Object value, Calendar utc) throws SQLException {
        if (value instanceof Instant instant) {
            insert.setTimestamp(index, Timestamp.from(instant), utc);
        } else {
            StatementCreatorUtils.setParameterValue(insert, index, SqlTypeValue.TYPE_UNKNOWN, value);
        }
    }
}
