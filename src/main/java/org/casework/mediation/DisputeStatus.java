package org.casework.mediation;

import org.casework.base.Labelled;

/**
 * Where a dispute stands. Open disputes are ACCEPTED or IN_MEDIATION (chosen on the form); a closed one is
 * AGREED or TERMINATED, derived from its outcome. An imported open dispute is ACCEPTED unless it was
 * already in mediation. A dispute logged through the mediation process starts at INTAKE (the parties are
 * asked whether they accept mediation) and ends there as REFUSED when one of them refuses (第十七条).
 */
public enum DisputeStatus implements Labelled {
    INTAKE("待受理"),
    REFUSED("当事人拒绝调解"),
    ACCEPTED("已受理"),
    IN_MEDIATION("调解中"),
    AGREED("达成协议"),
    TERMINATED("调解终止");

    private final String label;

    DisputeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean open() {
        return this == ACCEPTED || this == IN_MEDIATION;
    }

    /** The status that follows from the outcome; an open dispute keeps its open status. */
    static DisputeStatus of(DisputeOutcome outcome, DisputeStatus openStatus) {
        if (outcome == null) {
            return openStatus != null && openStatus.open() ? openStatus : ACCEPTED;
        }
        return outcome == DisputeOutcome.TERMINATED ? TERMINATED : AGREED;
    }
}
