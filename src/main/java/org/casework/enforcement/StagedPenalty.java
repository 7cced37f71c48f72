package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A proposed penalty as stored: proposed by the report (and revised), or as notified to the party. */
@Embeddable
record StagedPenalty(
        @Enumerated(EnumType.STRING) @Column(name = "stage", nullable = false, length = 16) Stage stage,
        @Enumerated(EnumType.STRING) @Column(name = "penalty_type", nullable = false, length = 32) PenaltyType type,
        @Column(name = "amount", precision = 14, scale = 2) BigDecimal amount,
        @Column(name = "detail", length = 300) String detail) {

    enum Stage { PROPOSED, NOTIFIED, DECIDED }

    static StagedPenalty of(Stage stage, ProposedPenalty p) {
        return new StagedPenalty(stage, p.type(), p.amount(), p.detail());
    }

    ProposedPenalty item() {
        return new ProposedPenalty(type, amount, detail);
    }
}
