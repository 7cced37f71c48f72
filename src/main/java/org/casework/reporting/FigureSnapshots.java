package org.casework.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casework.audit.AuditService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frozen yearly figures (figure_snapshot): a leader freezes year Y for an organisation; the snapshot
 * keeps the values, the time and the author, and later edits to Y's records never change it. The
 * screen compares it with today's computation. Snapshots are only ever added, never changed.
 */
@Service
public class FigureSnapshots {

    private final NamedParameterJdbcTemplate jdbc;
    private final FigureService figures;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ObjectMapper json;
    private final Clock clock;

    FigureSnapshots(NamedParameterJdbcTemplate jdbc, FigureService figures, CurrentUser currentUser, AuditService audit,
                    ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.currentUser = currentUser;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the signed-in user may freeze figures (a leader). */
    public boolean canFreeze() {
        return currentUser.find().map(u -> u.has(Role.LEADER)).orElse(false);
    }

    /** Computes the figures of the scope now and keeps them as a snapshot (leaders only). */
    @Transactional
    public FrozenFigures freeze(ReportScope scope) {
        UserContext user = currentUser.require(Role.LEADER);
        currentUser.requireScope(scope.org().id());
        YearlyFigures now = figures.compute(scope);
        OffsetDateTime takenAt = now.computedAt();
        Snapshot body = new Snapshot(scope.year(), scope.org().code(), scope.subtree(), takenAt, user.displayName(), now.figures());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO figure_snapshot (report_year, org_id, subtree, taken_at, taken_by, figures)"
                        + " VALUES (:year, :org, :subtree, :takenAt, :takenBy, :figures)",
                new MapSqlParameterSource().addValue("year", scope.year()).addValue("org", scope.org().id())
                        .addValue("subtree", scope.subtree())
                        .addValue("takenAt", LocalDateTime.ofInstant(takenAt.toInstant(), ZoneOffset.UTC))
                        .addValue("takenBy", user.username()).addValue("figures", write(body)),
                key, new String[] {"id"});
        long id = key.getKey().longValue();
        audit.record("FIGURES_FROZEN", "figure_snapshot", id, scope.toString());
        return new FrozenFigures(id, scope.year(), scope.org().code(), scope.subtree(), takenAt, user.username(),
                user.displayName(), now.figures());
    }

    /** The latest snapshot of the scope's year, organisation and subtree flag, if any. */
    @Transactional(readOnly = true)
    public Optional<FrozenFigures> latest(ReportScope scope) {
        return history(scope).stream().findFirst();
    }

    /** Every snapshot of the scope, newest first. */
    @Transactional(readOnly = true)
    public List<FrozenFigures> history(ReportScope scope) {
        return jdbc.query("SELECT id, report_year, subtree, taken_at, taken_by, figures FROM figure_snapshot"
                        + " WHERE org_id = :org AND report_year = :year AND subtree = :subtree ORDER BY taken_at DESC, id DESC",
                new MapSqlParameterSource().addValue("org", scope.org().id()).addValue("year", scope.year())
                        .addValue("subtree", scope.subtree()),
                (rs, i) -> {
                    Snapshot body = read(rs.getString("figures"));
                    OffsetDateTime takenAt = rs.getObject("taken_at", LocalDateTime.class).atOffset(ZoneOffset.UTC)
                            .atZoneSameInstant(clock.getZone()).toOffsetDateTime();
                    return new FrozenFigures(rs.getLong("id"), rs.getInt("report_year"), scope.org().code(),
                            rs.getBoolean("subtree"), takenAt, rs.getString("taken_by"), body.takenByName(), body.figures());
                });
    }

    /** The figures whose computation now differs from the frozen value, in catalogue order. */
    public List<FigureChange> changes(FrozenFigures frozen, YearlyFigures now) {
        Set<String> keys = new LinkedHashSet<>(now.figures().keySet());
        keys.addAll(frozen.figures().keySet());
        List<FigureChange> changes = new ArrayList<>();
        for (String key : keys) {
            FigureValue before = frozen.figures().get(key);
            FigureValue after = now.figures().get(key);
            if (!same(before, after)) {
                changes.add(new FigureChange(key, figures.labelOf(key), before, after));
            }
        }
        return changes;
    }

    private static boolean same(FigureValue a, FigureValue b) {
        if (a == null || b == null) {
            FigureValue present = a == null ? b : a;
            return present == null || !present.isRate() && present.amount().signum() == 0;
        }
        return a.sameAs(b);
    }

    /** The stored JSON: the same shape as the API, plus the author's name. */
    record Snapshot(int year, String org, boolean subtree, OffsetDateTime takenAt, String takenByName,
                    Map<String, FigureValue> figures) {
    }

    private String write(Snapshot body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot not serialisable", e);
        }
    }

    private Snapshot read(String text) {
        try {
            Map<String, Object> raw = json.readerFor(new TypeReference<Map<String, Object>>() { })
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(text);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> values = (Map<String, Map<String, Object>>) raw.get("figures");
            Map<String, FigureValue> figures = new LinkedHashMap<>();
            values.forEach((k, v) -> figures.put(k, valueOf(v)));
            return new Snapshot(((Number) raw.get("year")).intValue(), (String) raw.get("org"), Boolean.TRUE.equals(raw.get("subtree")),
                    null, (String) raw.get("takenByName"), figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot not readable", e);
        }
    }

    /** Counts come back as whole numbers, sums in yuan with two decimals, rates with their fraction. */
    private static FigureValue valueOf(Map<String, Object> v) {
        String unit = (String) v.get("unit");
        Object value = v.get("value");
        if (v.containsKey("numerator")) {
            return FigureValue.rate(((Number) v.get("numerator")).longValue(), ((Number) v.get("denominator")).longValue(),
                    (String) v.get("formula"));
        }
        if (Figure.YUAN.equals(unit)) {
            return FigureValue.sum(new BigDecimal(String.valueOf(value)), unit);
        }
        return FigureValue.count(((Number) value).longValue(), unit);
    }
}
