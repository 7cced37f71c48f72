package org.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A follow-up visit (回访) after a mediation: was the agreement carried out, are the parties satisfied. */
@Entity
@Table(name = "dispute_follow_up")
class DisputeFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false)
    Dispute dispute;

    @Column(name = "visit_date", nullable = false)
    LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    Performance performance;

    @Column(length = 32)
    String satisfaction;

    @Column(length = 2000)
    String notes;

    FollowUpDetail detail() {
        return new FollowUpDetail(id == null ? 0 : id, visitDate, performance, satisfaction, notes);
    }
}
