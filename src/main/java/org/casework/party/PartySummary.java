package org.casework.party;

import java.util.Map;

/** A party in the party list: how many records of each kind the user may see (kind label → count). */
public record PartySummary(PartyRef party, long total, Map<String, Long> byKind) {

    /** A repeat party: two or more records (of any kinds). */
    public boolean repeat() {
        return total >= PartyService.REPEAT_RECORDS;
    }
}
