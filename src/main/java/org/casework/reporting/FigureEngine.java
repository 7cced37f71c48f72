package org.casework.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import org.casework.base.Databases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Computes figures over our tables. Counts and sums whose record sets scan the same table, organisation
 * column and period are computed in one query (one conditional aggregate per figure); each breakdown is
 * one GROUP BY. A drill-down lists exactly the records the same predicate counts.
 * <p>
 * Parameters every predicate may use: {@code :from} (Y-01-01), {@code :to} and {@code :yearEnd}
 * (Y+1-01-01, exclusive), {@code :yearLast} (Y-12-31) and {@code :orgs}.
 */
@Component
class FigureEngine {

    private static final Logger log = LoggerFactory.getLogger(FigureEngine.class);

    private final NamedParameterJdbcTemplate jdbc;
    /** Whether the records are filtered by their own organisation column (MySQL/MariaDB) or through org_unit (H2). */
    private final boolean filterByOrgColumn;

    /**
     * The scans of one figure set run side by side on their own connections, at most this many at once
     * for the whole application (a leader's yearly set is a dozen independent table scans).
     */
    static final int PARALLEL_SCANS = 3;
    /**
     * At most this many figure sets use the scanners at once; the others scan on their own connection.
     * A caller waiting for its scans holds a connection, so this bound (with the scanners' 3) keeps the
     * pool from being drained by callers that all wait for a free connection.
     */
    static final int PARALLEL_SETS = 2;
    private final Semaphore parallelSets = new Semaphore(PARALLEL_SETS);
    private final ExecutorService scanners = Executors.newFixedThreadPool(PARALLEL_SCANS, r -> {
        Thread t = new Thread(r, "figure-scan");
        t.setDaemon(true);
        return t;
    });

    /** The shared, transaction-bound persistence context (Spring's proxy). */
    private final EntityManager entities;

    FigureEngine(NamedParameterJdbcTemplate jdbc, EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.filterByOrgColumn = !Databases.isH2(jdbc.getJdbcTemplate().getDataSource());
    }

    /**
     * Inside a transaction that may have written, its changes still held by Hibernate are written
     * first: the figures are read with SQL, which Hibernate does not flush for, and they must count the
     * transaction's own records.
     */
    private void flushPendingChanges() {
        if (TransactionSynchronizationManager.isActualTransactionActive() && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && entities.isJoinedToTransaction()) {
            entities.flush();
        }
    }

    @PreDestroy
    void stop() {
        scanners.shutdownNow();
    }

    /** Every figure of the list for one year over the given organisations, by key (breakdowns expanded). */
    Map<String, FigureValue> compute(Collection<Figure> figures, int year, Collection<Long> orgIds) {
        flushPendingChanges();
        MapSqlParameterSource params = params(year, orgIds);
        Map<String, Scan> scans = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f instanceof Figure.Count c) {
                scan(scans, c.set()).aggregates.add(new Aggregate(c.key(), c.set(), null));
            } else if (f instanceof Figure.Sum s) {
                scan(scans, s.set()).aggregates.add(new Aggregate(s.key(), s.set(), s.amountExpr()));
            } else if (f instanceof Figure.Rate r) {
                scan(scans, r.numerator()).aggregates.add(new Aggregate(r.key() + "#n", r.numerator(), null));
                scan(scans, r.denominator()).aggregates.add(new Aggregate(r.key() + "#d", r.denominator(), null));
            } else if (f instanceof Figure.Breakdown b) {
                scan(scans, b.set()).breakdowns.add(b);
            }
        }
        Map<String, Number> raw = new LinkedHashMap<>();
        Map<String, Map<String, Number>> parts = new LinkedHashMap<>();
        if (!orgIds.isEmpty()) {
            runAll(List.copyOf(scans.values()), params, raw, parts);
        }
        Map<String, FigureValue> result = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f instanceof Figure.Count c) {
                result.put(c.key(), FigureValue.count(longOf(raw.get(c.key())), c.unit()));
            } else if (f instanceof Figure.Sum s) {
                result.put(s.key(), valueOf(s.unit(), raw.get(s.key())));
            } else if (f instanceof Figure.Rate r) {
                result.put(r.key(), FigureValue.rate(longOf(raw.get(r.key() + "#n")), longOf(raw.get(r.key() + "#d")), r.formula()));
            } else if (f instanceof Figure.Breakdown b) {
                result.putAll(breakdown(b, parts.getOrDefault(b.key(), Map.of())));
            }
        }
        return result;
    }

    /** The records behind a selection, a page at a time, by counting date. */
    List<DrillRow> list(Selection selection, int year, Collection<Long> orgIds, int offset, int limit) {
        flushPendingChanges();
        if (orgIds.isEmpty()) {
            return List.of();
        }
        RecordSet set = selection.set();
        Listing l = set.listing();
        String amount = selection.shownAmount() == null ? "NULL" : "COALESCE(" + selection.shownAmount() + ", 0)";
        String columns = "SELECT " + l.idExpr() + " AS rec_id, " + l.numberExpr() + " AS rec_no, " + l.titleExpr() + " AS rec_title, "
                + set.period().dateExpression() + " AS rec_date, " + amount + " AS rec_amount, o_.code AS org_code, o_.name AS org_name"
                + " FROM " + source(set) + " WHERE " + orgFilter(set) + " AND ";
        String page = " ORDER BY rec_date, rec_id LIMIT :limit OFFSET :offset";
        MapSqlParameterSource params = params(year, orgIds, selection).addValue("limit", limit).addValue("offset", offset);
        String sql;
        if (oneRowPerRecord(set)) {
            // the page's ids first, from the (covering) index alone; then only those rows are read
            long started = System.nanoTime();
            List<Long> ids = jdbc.queryForList("SELECT " + l.idExpr() + " AS rec_id, " + set.period().dateExpression() + " AS rec_date"
                    + " FROM " + filtered(set) + " AND " + selection.predicate() + page, params)
                    .stream().map(row -> ((Number) row.get("rec_id")).longValue()).toList();
            trace(started, "page of " + set.scanKey());
            if (ids.isEmpty()) {
                return List.of();
            }
            sql = columns + l.idExpr() + " IN (:ids) ORDER BY rec_date, rec_id";
            params.addValue("ids", ids);
        } else {
            sql = columns + selection.predicate() + page;
        }
        return jdbc.query(sql, params, (rs, i) -> {
            Date d = rs.getDate("rec_date");
            return new DrillRow(l.recordType(), rs.getLong("rec_id"), rs.getString("rec_no"), rs.getString("rec_title"),
                    d == null ? null : d.toLocalDate(), rs.getBigDecimal("rec_amount"), rs.getString("org_code"),
                    rs.getString("org_name"));
        });
    }

    /** A set over one table (no join): each row is one record, with its own id. */
    private static boolean oneRowPerRecord(RecordSet set) {
        return !set.from().toUpperCase(java.util.Locale.ROOT).contains(" JOIN ");
    }

    /** How many records the selection holds, and the sum of what a sum figure adds up. */
    DrillTotal total(Selection selection, int year, Collection<Long> orgIds) {
        flushPendingChanges();
        if (orgIds.isEmpty()) {
            return new DrillTotal(0, selection.summed() ? BigDecimal.ZERO.setScale(2) : null);
        }
        RecordSet set = selection.set();
        String sum = selection.summed() ? "COALESCE(SUM(COALESCE(" + selection.amountExpr() + ", 0)), 0)" : "NULL";
        String sql = "SELECT COUNT(*) AS n, " + sum + " AS s FROM " + filtered(set) + " AND " + selection.predicate();
        return jdbc.queryForObject(sql, params(year, orgIds, selection), (rs, i) -> {
            BigDecimal s = rs.getBigDecimal("s");
            return new DrillTotal(rs.getLong("n"), s == null ? null : s.setScale(2));
        });
    }

    private record Aggregate(String key, RecordSet set, String amountExpr) {
    }

    /** The figures read in one pass over one table, organisation column and period. */
    private static final class Scan {
        final RecordSet first;
        final List<Aggregate> aggregates = new ArrayList<>();
        final List<Figure.Breakdown> breakdowns = new ArrayList<>();

        Scan(RecordSet first) {
            this.first = first;
        }
    }

    private static Scan scan(Map<String, Scan> scans, RecordSet set) {
        return scans.computeIfAbsent(set.scanKey(), k -> new Scan(set));
    }

    /**
     * Runs the scans, side by side when only committed data can be read anyway (no transaction, or a
     * read-only one: other connections see the same rows); inside a transaction that may have written,
     * one after the other on its connection, so that its own changes are counted.
     */
    private void runAll(List<Scan> all, MapSqlParameterSource params, Map<String, Number> raw, Map<String, Map<String, Number>> parts) {
        boolean parallel = all.size() > 1 && (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        if (!parallel || !parallelSets.tryAcquire()) {
            all.forEach(scan -> run(scan, params, raw, parts));
            return;
        }
        try {
            runSideBySide(all, params, raw, parts);
        } finally {
            parallelSets.release();
        }
    }

    private void runSideBySide(List<Scan> all, MapSqlParameterSource params, Map<String, Number> raw,
                               Map<String, Map<String, Number>> parts) {
        List<CompletableFuture<ScanResult>> running = all.stream().map(scan -> CompletableFuture.supplyAsync(() -> {
            ScanResult r = new ScanResult(new LinkedHashMap<>(), new LinkedHashMap<>());
            run(scan, params, r.raw(), r.parts());
            return r;
        }, scanners)).toList();
        try {
            for (CompletableFuture<ScanResult> f : running) {
                ScanResult r = f.join();
                raw.putAll(r.raw());
                parts.putAll(r.parts());
            }
        } catch (CompletionException e) {
            running.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private record ScanResult(Map<String, Number> raw, Map<String, Map<String, Number>> parts) {
    }

    /**
     * One query per scan: every count and sum as a conditional aggregate; when the scan has breakdowns,
     * the rows are grouped by each breakdown's code (NULL for rows outside its set), so the parts come
     * from the same pass. The totals are the sums over the groups.
     */
    private void run(Scan scan, MapSqlParameterSource params, Map<String, Number> raw, Map<String, Map<String, Number>> parts) {
        List<String> codeColumns = new ArrayList<>();
        List<Integer> codeOf = new ArrayList<>();
        for (Figure.Breakdown b : scan.breakdowns) {
            String where = b.set().where();
            String column = where == null ? b.codeExpr() : "CASE WHEN " + where + " THEN " + b.codeExpr() + " END";
            int index = codeColumns.indexOf(column);
            if (index < 0) {
                codeColumns.add(column);
                index = codeColumns.size() - 1;
            }
            codeOf.add(index);
        }
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < codeColumns.size(); i++) {
            select.append(codeColumns.get(i)).append(" AS k").append(i).append(", ");
        }
        List<String> sums = new ArrayList<>();
        for (Aggregate a : scan.aggregates) {
            sums.add(conditionalSum(a.set().where(), a.amountExpr()));
        }
        for (Figure.Breakdown b : scan.breakdowns) {
            sums.add(conditionalSum(b.set().where(), b.amountExpr()));
        }
        for (int i = 0; i < sums.size(); i++) {
            select.append(i > 0 ? ", " : "").append(sums.get(i)).append(" AS a").append(i);
        }
        String sql = select + " FROM " + filtered(scan.first) + " AND " + scan.first.period().sql()
                + (codeColumns.isEmpty() ? "" : " GROUP BY " + String.join(", ", codeColumns));
        long started = System.nanoTime();
        int aggregates = scan.aggregates.size();
        scan.aggregates.forEach(a -> raw.put(a.key(), a.amountExpr() == null ? 0L : BigDecimal.ZERO));
        scan.breakdowns.forEach(b -> parts.put(b.key(), new TreeMap<>()));
        jdbc.query(sql, params, rs -> {
            for (int i = 0; i < aggregates; i++) {
                Aggregate a = scan.aggregates.get(i);
                raw.merge(a.key(), read(rs, "a" + i, a.amountExpr() != null), FigureEngine::add);
            }
            for (int j = 0; j < scan.breakdowns.size(); j++) {
                String code = rs.getString("k" + codeOf.get(j));
                if (code != null) {
                    Figure.Breakdown b = scan.breakdowns.get(j);
                    parts.get(b.key()).merge(code, read(rs, "a" + (aggregates + j), b.amountExpr() != null), FigureEngine::add);
                }
            }
        });
        trace(started, scan.first.scanKey());
    }

    private static String conditionalSum(String where, String amountExpr) {
        String value = amountExpr == null ? "1" : "COALESCE(" + amountExpr + ", 0)";
        return "COALESCE(SUM(CASE WHEN " + (where == null ? "1=1" : where) + " THEN " + value + " ELSE 0 END), 0)";
    }

    private static Number read(java.sql.ResultSet rs, String column, boolean amount) throws java.sql.SQLException {
        if (amount) {
            BigDecimal d = rs.getBigDecimal(column);
            return d == null ? BigDecimal.ZERO : d;
        }
        return rs.getLong(column);
    }

    private static Number add(Number a, Number b) {
        return a instanceof BigDecimal x ? x.add((BigDecimal) b) : (Number) (a.longValue() + b.longValue());
    }

    private static void trace(long started, String what) {
        if (log.isDebugEnabled()) {
            log.debug("{} ms  {}", (System.nanoTime() - started) / 1_000_000, what);
        }
    }

    /** The parts of a breakdown: every fixed code (0 allowed), then the other codes that are not zero. */
    private static Map<String, FigureValue> breakdown(Figure.Breakdown b, Map<String, Number> byCode) {
        Map<String, FigureValue> result = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(b.fixedCodes());
        byCode.keySet().stream().filter(c -> !order.contains(c)).forEach(order::add);
        for (String code : order) {
            Number n = byCode.get(code);
            boolean fixed = b.codeLabels().containsKey(code);
            boolean zero = n == null || (n instanceof BigDecimal d ? d.signum() == 0 : n.longValue() == 0);
            if (!fixed && zero) {
                continue;
            }
            result.put(b.key() + "." + code, b.amountExpr() == null
                    ? FigureValue.count(longOf(n), b.unit()) : valueOf(b.unit(), n));
        }
        return result;
    }

    /** The record set joined to its organisation ({@code org_unit o_}, for the code and name a list shows). */
    static String source(RecordSet set) {
        return set.from() + " JOIN org_unit o_ ON o_.id = " + set.orgColumn();
    }

    /**
     * The records of the organisations {@code :orgs}, the shape each database plans well. H2: through
     * {@code org_unit o_} with {@code o_.id IN (:orgs)}, so that it reads each organisation's records by an
     * index range on (org_id, date) (for {@code org_id IN (…) AND date range} it reads every entry of the
     * organisations, all years). MySQL/MariaDB: {@code org_id IN (:orgs)} on the table itself, read as one
     * range per organisation on (org_id, date) (through the join it reads the organisation's entries of all
     * years: a join key and a range on the next column do not combine), and for a child table the date
     * index first, looking the case up.
     */
    private String filtered(RecordSet set) {
        return (filterByOrgColumn ? set.from() : source(set)) + " WHERE " + orgFilter(set);
    }

    private String orgFilter(RecordSet set) {
        return (filterByOrgColumn ? set.orgColumn() : "o_.id") + " IN (:orgs)";
    }

    static MapSqlParameterSource params(int year, Collection<Long> orgIds) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        return new MapSqlParameterSource()
                .addValue("orgs", orgIds)
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to))
                .addValue("yearEnd", Date.valueOf(to))
                .addValue("yearLast", Date.valueOf(to.minusDays(1)));
    }

    private static MapSqlParameterSource params(int year, Collection<Long> orgIds, Selection selection) {
        MapSqlParameterSource params = params(year, orgIds);
        if (selection.code() != null) {
            params.addValue("code", selection.code());
        }
        return params;
    }

    /** A sum: yuan with two decimals, anything else (persons) a whole number. */
    private static FigureValue valueOf(String unit, Number n) {
        return Figure.YUAN.equals(unit) ? FigureValue.sum(decimalOf(n), unit) : FigureValue.count(longOf(n), unit);
    }

    private static long longOf(Number n) {
        return n == null ? 0 : n.longValue();
    }

    private static BigDecimal decimalOf(Number n) {
        return n == null ? BigDecimal.ZERO : n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.doubleValue());
    }
}
