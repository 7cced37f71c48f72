package org.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casework.audit.AuditTrail;

/** One entry of a dispute's timeline: a step done, by whom, when. */
@Entity
@AuditTrail
@Table(name = "dispute_event")
class DisputeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "dispute_id", nullable = false)
    Long disputeId;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(nullable = false, length = 64)
    String step;

    @Column(nullable = false, length = 1000)
    String summary;

    @Column(length = 100)
    String actor;

    TimelineEntry entry() {
        return new TimelineEntry(occurredAt, step, summary, actor);
    }
}
