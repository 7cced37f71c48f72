package org.casework.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.casework.org.OrgService;
import org.casework.party.HotSpot;
import org.casework.party.PartyRecord;
import org.casework.party.PartyRecordQueries;
import org.casework.party.PartyRecordsProvider;
import org.casework.security.CurrentUser;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Penalty cases on the party page: by party, dated by the first of filing, lead and decision dates; hot
 * spots by cause (案由).
 */
@Component
class PenaltyCaseParties implements PartyRecordsProvider {

    static final String DATE = "COALESCE(c.filed_date, c.lead_date, c.decision_date)";

    private final PartyRecordQueries queries;
    private final OrgService orgs;

    PenaltyCaseParties(NamedParameterJdbcTemplate jdbc, CurrentUser current, OrgService orgs) {
        this.queries = new PartyRecordQueries(jdbc, current, PenaltyCaseService.READERS, "penalty_case c", "c.org_id",
                "c.party_id", DATE);
        this.orgs = orgs;
    }

    @Override
    public String kindLabel() {
        return "处罚案件";
    }

    @Override
    public List<PartyRecord> recordsOf(long partyId) {
        return queries.records(partyId, "c.id, c.case_no, c.cause, " + DATE + ", c.status, c.org_id",
                (rs, i) -> new PartyRecord(kindLabel(), rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), status(rs.getString(5)), orgs.get(rs.getLong(6)).name(),
                        "enforcement/cases/" + rs.getLong(1)));
    }

    @Override
    public Map<Long, Long> countsByParty(LocalDate from, LocalDate to, Collection<Long> partyIds, int limit) {
        return queries.countsByParty(from, to, partyIds, limit);
    }

    @Override
    public List<HotSpot> hotSpots(LocalDate from, LocalDate to, int limit) {
        return queries.hotSpots("案由", "c.cause", "penalty_case c", from, to, limit);
    }

    private static String status(String code) {
        try {
            return PenaltyCaseStatus.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
