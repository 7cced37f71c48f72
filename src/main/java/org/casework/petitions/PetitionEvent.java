package org.casework.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.casework.audit.AuditTrail;

/** One entry of a petition's timeline. */
@Entity
@AuditTrail
@Table(name = "petition_event")
class PetitionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "petition_id", nullable = false)
    Long petitionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    PetitionEventKind kind;

    @Column(name = "event_date", nullable = false)
    LocalDate eventDate;

    @Column(length = 2000)
    String detail;

    @Column(length = 100)
    String actor;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt = Instant.now();

    PetitionTimelineEntry toEntry() {
        return new PetitionTimelineEntry(kind, eventDate, detail, actor, recordedAt);
    }
}
