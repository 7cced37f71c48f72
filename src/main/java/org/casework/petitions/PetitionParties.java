package org.casework.petitions;

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

/** Petitions on the party page: by petitioner, dated by registration; hot spots by channel. */
@Component
class PetitionParties implements PartyRecordsProvider {

    private final PartyRecordQueries queries;
    private final OrgService orgs;

    PetitionParties(NamedParameterJdbcTemplate jdbc, CurrentUser current, OrgService orgs) {
        this.queries = new PartyRecordQueries(jdbc, current, PetitionService.READERS,
                "petition p", "p.org_id", "p.petitioner_party_id", "p.registered_date");
        this.orgs = orgs;
    }

    @Override
    public String kindLabel() {
        return "信访投诉";
    }

    @Override
    public List<PartyRecord> recordsOf(long partyId) {
        return queries.records(partyId, "p.id, p.petition_no, COALESCE(p.subject, ''), p.registered_date, p.status, p.org_id",
                (rs, i) -> new PartyRecord(kindLabel(), rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), PetitionStatus.valueOf(rs.getString(5)).label(),
                        orgs.get(rs.getLong(6)).name(), "petitions/" + rs.getLong(1)));
    }

    @Override
    public Map<Long, Long> countsByParty(LocalDate from, LocalDate to, Collection<Long> partyIds, int limit) {
        return queries.countsByParty(from, to, partyIds, limit);
    }

    @Override
    public List<HotSpot> hotSpots(LocalDate from, LocalDate to, int limit) {
        return queries.hotSpots("信访渠道", "COALESCE(c.name, p.channel_code)",
                "petition p LEFT JOIN petition_channel c ON c.code = p.channel_code", from, to, limit);
    }
}
