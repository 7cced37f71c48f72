package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Evidence preserved on registration (先行登记保存), to be decided on within 7 working days. */
@Entity
@Table(name = "evidence_preservation")
class EvidencePreservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "case_id", nullable = false)
    Long caseId;

    @Column(name = "preserved_on", nullable = false)
    LocalDate preservedOn;

    @Column(nullable = false, length = 1000)
    String items;

    @Column(name = "approved_by", nullable = false, length = 64)
    String approvedBy;

    @Column(name = "decide_by", nullable = false)
    LocalDate decideBy;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    PreservationDecision decision;

    @Column(name = "decision_note", length = 500)
    String decisionNote;

    Preservation toPreservation() {
        return new Preservation(id, preservedOn, items, approvedBy, decideBy, decidedOn, decision, decisionNote);
    }
}
