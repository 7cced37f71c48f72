package org.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A party of a dispute, in the registry of parties, in the order the dispute names them. */
@Embeddable
class DisputePartyLink {

    @Column(name = "party_id", nullable = false)
    Long partyId;

    @Column(nullable = false)
    int seq;

    @Column(name = "party_role", nullable = false, length = 16)
    String role = "PARTY";

    DisputePartyLink() {
    }

    DisputePartyLink(Long partyId, int seq) {
        this.partyId = partyId;
        this.seq = seq;
    }
}
