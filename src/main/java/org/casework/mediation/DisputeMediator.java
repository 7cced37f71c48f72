package org.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A mediator of the roster working on a dispute; a recused one keeps the row with date and reason. */
@Entity
@Table(name = "dispute_mediator")
class DisputeMediator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "dispute_id", nullable = false)
    Long disputeId;

    @Column(name = "mediator_id", nullable = false)
    Long mediatorId;

    @Column(name = "assigned_date", nullable = false)
    LocalDate assignedDate;

    @Column(name = "recused_date")
    LocalDate recusedDate;

    @Column(name = "recusal_reason", length = 500)
    String recusalReason;

    boolean active() {
        return recusedDate == null;
    }
}
