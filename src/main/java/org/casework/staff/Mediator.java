package org.casework.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.casework.base.Origin;

/** A mediator (调解员) on the roster of one mediation body. */
@Entity
@Table(name = "mediator")
class Mediator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "full_time", nullable = false)
    boolean fullTime;

    @Column(name = "appointed_date", nullable = false)
    LocalDate appointedDate;

    @Column(name = "dismissed_date")
    LocalDate dismissedDate;

    @Column(name = "user_id")
    Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Origin origin = Origin.SCREEN;

    @Version
    long version;

    /** Still on the roster on {@code day}: appointed by then and not dismissed on or before it. */
    boolean activeOn(LocalDate day) {
        return !appointedDate.isAfter(day) && (dismissedDate == null || dismissedDate.isAfter(day));
    }
}
