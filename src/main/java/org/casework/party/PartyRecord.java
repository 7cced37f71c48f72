package org.casework.party;

import java.time.LocalDate;

/**
 * One record naming a party, as the party page lists it: its kind, number, a short summary, the date it
 * counts from (lead, acceptance or registration), its status, its organisation, and the route of its screen.
 */
public record PartyRecord(String kind, long id, String number, String summary, LocalDate date, String status,
                          String orgName, String route) {
}
