package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a case's step timeline (全过程记录, 《行政处罚法》第四十七条): written by {@link CaseTimeline}
 * with JDBC (so never copied into the audit log), read as an entity.
 */
@Entity
@Table(name = "case_event")
class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "case_id", nullable = false)
    Long caseId;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "event_day", nullable = false)
    LocalDate day;

    @Column(nullable = false, length = 48)
    String step;

    @Column(nullable = false, length = 200)
    String action;

    @Column(length = 2000)
    String detail;

    @Column(nullable = false, length = 64)
    String actor;

    @Column(name = "actor_name", length = 100)
    String actorName;

    TimelineEntry toEntry() {
        return new TimelineEntry(occurredAt, day, step, action, detail, actor, actorName);
    }
}
