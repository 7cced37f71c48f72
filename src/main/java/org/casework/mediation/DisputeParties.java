package org.casework.mediation;

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

/** Disputes on the party page: by party (dispute_party), dated by acceptance; hot spots by category. */
@Component
class DisputeParties implements PartyRecordsProvider {

    private final PartyRecordQueries queries;
    private final OrgService orgs;

    DisputeParties(NamedParameterJdbcTemplate jdbc, CurrentUser current, OrgService orgs) {
        this.queries = new PartyRecordQueries(jdbc, current, DisputeService.READERS,
                "dispute d JOIN dispute_party dp ON dp.dispute_id = d.id", "d.org_id", "dp.party_id", "d.accepted_date");
        this.orgs = orgs;
    }

    @Override
    public String kindLabel() {
        return "调解案件";
    }

    @Override
    public List<PartyRecord> recordsOf(long partyId) {
        return queries.records(partyId, "d.id, d.dispute_no, d.category, d.accepted_date, d.status, d.org_id",
                (rs, i) -> new PartyRecord(kindLabel(), rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), DisputeStatus.valueOf(rs.getString(5)).label(),
                        orgs.get(rs.getLong(6)).name(), "mediation/disputes/" + rs.getLong(1)));
    }

    @Override
    public Map<Long, Long> countsByParty(LocalDate from, LocalDate to, Collection<Long> partyIds, int limit) {
        return queries.countsByParty(from, to, partyIds, limit);
    }

    @Override
    public List<HotSpot> hotSpots(LocalDate from, LocalDate to, int limit) {
        return queries.hotSpots("纠纷类别", "d.category", "dispute d", from, to, limit);
    }
}
