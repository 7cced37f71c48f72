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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes figures over our tables. Counts and sums whose record sets scan the same table, organisation
 * column and period are computed in one query (one conditional aggregate per figure); each breakdown is
 * one GROUP BY. A drill-down lists exactly the records the same predicate counts.
 */
@Component
class FigureEngine {

    private final NamedParameterJdbcTemplate jdbc;

    FigureEngine(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every figure of the list for one year over the given organisations, by key (breakdowns expanded). */
    Map<String, FigureValue> compute(Collection<Figure> figures, int year, Collection<Long> orgIds) {
        MapSqlParameterSource params = params(year, orgIds);
        Map<String, List<Aggregate>> scans = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f instanceof Figure.Count c) {
                add(scans, new Aggregate(c.key(), c.set(), null));
            } else if (f instanceof Figure.Sum s) {
                add(scans, new Aggregate(s.key(), s.set(), s.amountExpr()));
            } else if (f instanceof Figure.Rate r) {
                add(scans, new Aggregate(r.key() + "#n", r.numerator(), null));
                add(scans, new Aggregate(r.key() + "#d", r.denominator(), null));
            }
        }
        Map<String, Number> raw = new LinkedHashMap<>();
        if (!orgIds.isEmpty()) {
            scans.values().forEach(group -> raw.putAll(scan(group, params)));
        }
        Map<String, FigureValue> result = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f instanceof Figure.Count c) {
                result.put(c.key(), FigureValue.count(longOf(raw.get(c.key())), c.unit()));
            } else if (f instanceof Figure.Sum s) {
                result.put(s.key(), FigureValue.sum(decimalOf(raw.get(s.key())), s.unit()));
            } else if (f instanceof Figure.Rate r) {
                result.put(r.key(), FigureValue.rate(longOf(raw.get(r.key() + "#n")), longOf(raw.get(r.key() + "#d")), r.formula()));
            } else if (f instanceof Figure.Breakdown b) {
                result.putAll(breakdown(b, orgIds, params));
            }
        }
        return result;
    }

    /** The records behind a figure (or behind a breakdown code), a page at a time, by counting date. */
    List<DrillRow> list(RecordSet set, String amountExpr, int year, Collection<Long> orgIds, int offset, int limit) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        Listing l = set.listing();
        String amount = amountExpr == null ? "NULL" : "COALESCE(" + amountExpr + ", 0)";
        String sql = "SELECT " + l.idExpr() + " AS rec_id, " + l.numberExpr() + " AS rec_no, " + l.titleExpr() + " AS rec_title, "
                + set.period().dateExpression() + " AS rec_date, " + amount + " AS rec_amount, ou_.code AS org_code"
                + " FROM " + set.from() + " JOIN org_unit ou_ ON ou_.id = " + set.orgColumn()
                + " WHERE " + set.orgColumn() + " IN (:orgs) AND " + set.predicate()
                + " ORDER BY rec_date, rec_id LIMIT :limit OFFSET :offset";
        MapSqlParameterSource params = params(year, orgIds).addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, (rs, i) -> {
            Date d = rs.getDate("rec_date");
            return new DrillRow(l.recordType(), rs.getLong("rec_id"), rs.getString("rec_no"), rs.getString("rec_title"),
                    d == null ? null : d.toLocalDate(), rs.getBigDecimal("rec_amount"), rs.getString("org_code"));
        });
    }

    /** How many records the set holds (the size of the full drill-down list). */
    long size(RecordSet set, int year, Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return 0;
        }
        String sql = "SELECT COUNT(*) FROM " + set.from() + " WHERE " + set.orgColumn() + " IN (:orgs) AND " + set.predicate();
        Long n = jdbc.queryForObject(sql, params(year, orgIds), Long.class);
        return n == null ? 0 : n;
    }

    private record Aggregate(String key, RecordSet set, String amountExpr) {
    }

    private static void add(Map<String, List<Aggregate>> scans, Aggregate a) {
        scans.computeIfAbsent(a.set().scanKey(), k -> new ArrayList<>()).add(a);
    }

    private Map<String, Number> scan(List<Aggregate> group, MapSqlParameterSource params) {
        RecordSet first = group.get(0).set();
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < group.size(); i++) {
            Aggregate a = group.get(i);
            String value = a.amountExpr() == null ? "1" : "COALESCE(" + a.amountExpr() + ", 0)";
            String when = a.set().where() == null ? "1=1" : a.set().where();
            if (i > 0) {
                select.append(", ");
            }
            select.append("COALESCE(SUM(CASE WHEN ").append(when).append(" THEN ").append(value).append(" ELSE 0 END), 0) AS a").append(i);
        }
        String sql = select + " FROM " + first.from() + " WHERE " + first.orgColumn() + " IN (:orgs) AND " + first.period().sql();
        return jdbc.queryForObject(sql, params, (rs, rowNum) -> {
            Map<String, Number> values = new LinkedHashMap<>();
            for (int i = 0; i < group.size(); i++) {
                Aggregate a = group.get(i);
                values.put(a.key(), a.amountExpr() == null ? (Number) rs.getLong("a" + i) : rs.getBigDecimal("a" + i));
            }
            return values;
        });
    }

    private Map<String, FigureValue> breakdown(Figure.Breakdown b, Collection<Long> orgIds, MapSqlParameterSource params) {
        Map<String, Number> byCode = new TreeMap<>();
        for (String code : b.fixedCodes()) {
            byCode.put(code, b.amountExpr() == null ? 0L : BigDecimal.ZERO);
        }
        if (!orgIds.isEmpty()) {
            String value = b.amountExpr() == null ? "COUNT(*)" : "COALESCE(SUM(COALESCE(" + b.amountExpr() + ", 0)), 0)";
            RecordSet set = b.set();
            String sql = "SELECT " + b.codeExpr() + " AS code, " + value + " AS v FROM " + set.from()
                    + " WHERE " + set.orgColumn() + " IN (:orgs) AND " + set.predicate() + " AND " + b.codeExpr() + " IS NOT NULL"
                    + " GROUP BY " + b.codeExpr();
            jdbc.query(sql, params, rs -> {
                byCode.put(rs.getString("code"), b.amountExpr() == null ? (Number) rs.getLong("v") : rs.getBigDecimal("v"));
            });
        }
        Map<String, FigureValue> result = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(b.fixedCodes());
        byCode.keySet().stream().filter(c -> !order.contains(c)).forEach(order::add);
        for (String code : order) {
            Number n = byCode.get(code);
            boolean fixed = b.fixedCodes().contains(code);
            boolean zero = n == null || (n instanceof BigDecimal d ? d.signum() == 0 : n.longValue() == 0);
            if (!fixed && zero) {
                continue;
            }
            result.put(b.key() + "." + code, b.amountExpr() == null
                    ? FigureValue.count(longOf(n), b.unit()) : FigureValue.sum(decimalOf(n), b.unit()));
        }
        return result;
    }

    static MapSqlParameterSource params(int year, Collection<Long> orgIds) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        return new MapSqlParameterSource()
                .addValue("orgs", orgIds)
                .addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to))
                .addValue("yearEnd", Date.valueOf(to));
    }

    private static long longOf(Number n) {
        return n == null ? 0 : n.longValue();
    }

    private static BigDecimal decimalOf(Number n) {
        return n == null ? BigDecimal.ZERO : n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.doubleValue());
    }
}
