package org.casework.party;

/** The party page's route, for links from the case, dispute and petition screens. */
public final class PartyRoutes {

    public static final String LIST = "parties";

    private PartyRoutes() {
    }

    /** e.g. {@code parties/42}. */
    public static String of(long partyId) {
        return LIST + "/" + partyId;
    }
}
