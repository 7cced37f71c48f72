package org.casework.party;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The queries a {@link PartyRecordsProvider} needs, over one feature's table: records of a party, counts per
 * party, hot spots — each limited to the user's reader roles and organisation scope. The SQL fragments are
 * the feature's own constants (table, columns), never user input.
 */
public final class PartyRecordQueries {

    /** The most records of one kind the party page lists. */
    public static final int MAX_RECORDS = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser current;
    private final Role[] readers;
    private final String from;
    private final String orgColumn;
    private final String partyColumn;
    private final String dateColumn;

    /**
     * @param from        the table (with joins) holding the records and their party, e.g. {@code petition p}
     * @param orgColumn   the owning organisation, e.g. {@code p.org_id}
     * @param partyColumn the party id, e.g. {@code p.petitioner_party_id}
     * @param dateColumn  the date a record counts from, e.g. {@code p.registered_date}
     */
    public PartyRecordQueries(NamedParameterJdbcTemplate jdbc, CurrentUser current, Role[] readers, String from,
                              String orgColumn, String partyColumn, String dateColumn) {
        this.jdbc = jdbc;
        this.current = current;
        this.readers = readers.clone();
        this.from = from;
        this.orgColumn = orgColumn;
        this.partyColumn = partyColumn;
        this.dateColumn = dateColumn;
    }

    /** The party's records the user may see, newest first; {@code select} lists the columns the mapper reads. */
    public <T> List<T> records(long partyId, String select, RowMapper<T> mapper) {
        Set<Long> scope = scope();
        if (scope.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + select + " FROM " + from + " WHERE " + partyColumn + " = :party AND " + orgColumn
                + " IN (:orgs) ORDER BY " + dateColumn + " DESC LIMIT " + MAX_RECORDS;
        return jdbc.query(sql, new MapSqlParameterSource("party", partyId).addValue("orgs", scope), mapper);
    }

    /** See {@link PartyRecordsProvider#countsByParty}. */
    public Map<Long, Long> countsByParty(LocalDate fromDate, LocalDate toDate, Collection<Long> partyIds, int limit) {
        Set<Long> scope = scope();
        if (scope.isEmpty() || (partyIds != null && partyIds.isEmpty())) {
            return Map.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("orgs", scope).addValue("limit", limit);
        StringBuilder sql = new StringBuilder("SELECT " + partyColumn + ", COUNT(*) FROM " + from + " WHERE " + orgColumn
                + " IN (:orgs) AND " + partyColumn + " IS NOT NULL");
        period(sql, params, fromDate, toDate);
        if (partyIds != null) {
            sql.append(" AND ").append(partyColumn).append(" IN (:ids)");
            params.addValue("ids", partyIds);
        }
        sql.append(" GROUP BY ").append(partyColumn).append(" ORDER BY COUNT(*) DESC, ").append(partyColumn).append(" LIMIT :limit");
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql.toString(), params, rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    /**
     * The most frequent values of {@code valueExpr} over {@code table} (which must expose the same organisation and
     * date columns, without the party join so that a record counts once), in the user's scope and the period.
     */
    public List<HotSpot> hotSpots(String dimension, String valueExpr, String table, LocalDate fromDate, LocalDate toDate, int limit) {
        Set<Long> scope = scope();
        if (scope.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("orgs", scope).addValue("limit", limit);
        StringBuilder sql = new StringBuilder("SELECT " + valueExpr + ", COUNT(*) FROM " + table + " WHERE " + orgColumn + " IN (:orgs)");
        period(sql, params, fromDate, toDate);
        sql.append(" GROUP BY ").append(valueExpr).append(" ORDER BY COUNT(*) DESC, ").append(valueExpr).append(" LIMIT :limit");
        return jdbc.query(sql.toString(), params, (rs, i) -> new HotSpot(dimension, rs.getString(1), rs.getLong(2)));
    }

    private void period(StringBuilder sql, MapSqlParameterSource params, LocalDate fromDate, LocalDate toDate) {
        if (fromDate != null) {
            sql.append(" AND ").append(dateColumn).append(" >= :from");
            params.addValue("from", fromDate);
        }
        if (toDate != null) {
            sql.append(" AND ").append(dateColumn).append(" <= :to");
            params.addValue("to", toDate);
        }
    }

    /** The organisations whose records the user may see here: none without a reader role. */
    private Set<Long> scope() {
        UserContext user = current.find().orElse(null);
        return user == null || !user.hasAny(readers) ? Set.of() : user.scopeOrgIds();
    }
}
