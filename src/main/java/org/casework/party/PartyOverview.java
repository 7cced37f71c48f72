package org.casework.party;

import java.util.List;

/** Everything about a party the user may see: the party and its records of every kind, newest first. */
public record PartyOverview(PartyRef party, List<PartyRecord> records) {

    public boolean repeat() {
        return records.size() >= PartyService.REPEAT_RECORDS;
    }
}
