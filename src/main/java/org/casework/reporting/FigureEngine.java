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
 * <p>
 * Parameters every predicate may use: {@code :from} (Y-01-01), {@code :to} and {@code :yearEnd}
 * (Y+1-01-01, exclusive), {@code :yearLast} (Y-12-31) and {@code :orgs}.
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
                result.put(s.key(), valueOf(s.unit(), raw.get(s.key())));
            } else if (f instanceof Figure.Rate r) {
                result.put(r.key(), FigureValue.rate(longOf(raw.get(r.key() + "#n")), longOf(raw.get(r.key() + "#d")), r.formula()));
            } else if (f instanceof Figure.Breakdown b) {
                result.putAll(breakdown(b, orgIds, params));
            }
        }
        return result;
    }

    /** The records behind a selection, a page at a time, by counting date. */
    List<DrillRow> list(Selection selection, int year, Collection<Long> orgIds, int offset, int limit) {
        if (orgIds.isEmpty()) {
            return List.of();
        }
        RecordSet set = selection.set();
        Listing l = set.listing();
        String amount = selection.shownAmount() == null ? "NULL" : "COALESCE(" + selection.shownAmount() + ", 0)";
        String sql = "SELECT " + l.idExpr() + " AS rec_id, " + l.numberExpr() + " AS rec_no, " + l.titleExpr() + " AS rec_title, "
                + set.period().dateExpression() + " AS rec_date, " + amount + " AS rec_amount, ou_.code AS org_code, ou_.name AS org_name"
                + " FROM " + set.from() + " JOIN org_unit ou_ ON ou_.id = " + set.orgColumn()
                + " WHERE " + set.orgColumn() + " IN (:orgs) AND " + selection.predicate()
                + " ORDER BY rec_date, rec_id LIMIT :limit OFFSET :offset";
        MapSqlParameterSource params = params(year, orgIds, selection).addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, (rs, i) -> {
            Date d = rs.getDate("rec_date");
            return new DrillRow(l.recordType(), rs.getLong("rec_id"), rs.getString("rec_no"), rs.getString("rec_title"),
                    d == null ? null : d.toLocalDate(), rs.getBigDecimal("rec_amount"), rs.getString("org_code"),
                    rs.getString("org_name"));
        });
    }

    /** How many records the selection holds, and the sum of what a sum figure adds up. */
    DrillTotal total(Selection selection, int year, Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return new DrillTotal(0, selection.summed() ? BigDecimal.ZERO.setScale(2) : null);
        }
        RecordSet set = selection.set();
        String sum = selection.summed() ? "COALESCE(SUM(COALESCE(" + selection.amountExpr() + ", 0)), 0)" : "NULL";
        String sql = "SELECT COUNT(*) AS n, " + sum + " AS s FROM " + set.from()
                + " WHERE " + set.orgColumn() + " IN (:orgs) AND " + selection.predicate();
        return jdbc.queryForObject(sql, params(year, orgIds, selection), (rs, i) -> {
            BigDecimal s = rs.getBigDecimal("s");
            return new DrillTotal(rs.getLong("n"), s == null ? null : s.setScale(2));
        });
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
