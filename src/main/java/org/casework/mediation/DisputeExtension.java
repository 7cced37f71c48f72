package org.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An extension of a dispute's time limit, agreed by both parties. */
@Entity
@Table(name = "dispute_extension")
class DisputeExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "dispute_id", nullable = false)
    Long disputeId;

    @Column(name = "decided_date", nullable = false)
    LocalDate decidedDate;

    @Column(nullable = false)
    int days;

    @Column(name = "previous_due", nullable = false)
    LocalDate previousDue;

    @Column(name = "new_due", nullable = false)
    LocalDate newDue;

    @Column(name = "consent_note", nullable = false, length = 500)
    String consentNote;

    @Column(name = "recorded_by", nullable = false, length = 64)
    String recordedBy;
}
