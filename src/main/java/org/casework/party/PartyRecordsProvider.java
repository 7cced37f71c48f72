package org.casework.party;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A kind of record that names parties (penalty cases, disputes, petitions …): each feature implements it,
 * so that the party page and the party lists see every kind while party depends on none of them. Every
 * method returns only what the signed-in user may see: nothing without a reader role of the kind, and
 * only records of organisations in the user's scope.
 */
public interface PartyRecordsProvider {

    /** The kind's name on the party page, e.g. 处罚案件. */
    String kindLabel();

    /** The party's records the user may see, newest first. */
    List<PartyRecord> recordsOf(long partyId);

    /**
     * How many records the user may see per party, dated within the period (either end may be null), among
     * the given parties, or — when {@code partyIds} is null — for the {@code limit} parties with the most.
     */
    Map<Long, Long> countsByParty(LocalDate from, LocalDate to, Collection<Long> partyIds, int limit);

    /** The most frequent values of the kind's own breakdown (cause, category, channel) in the period. */
    List<HotSpot> hotSpots(LocalDate from, LocalDate to, int limit);
}
