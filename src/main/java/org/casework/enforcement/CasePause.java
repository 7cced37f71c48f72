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

/** An interval that does not count (see {@link PauseKind}); {@code toDate} is the first day counted again. */
@Entity
@Table(name = "case_pause")
class CasePause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "case_id", nullable = false)
    Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    PauseKind kind;

    @Column(name = "from_date", nullable = false)
    LocalDate fromDate;

    @Column(name = "to_date")
    LocalDate toDate;

    @Column(length = 500)
    String reason;

    @Column(name = "started_by", nullable = false, length = 64)
    String startedBy;

    @Column(name = "ended_by", length = 64)
    String endedBy;

    Pause toPause() {
        return new Pause(id, kind, fromDate, toDate, reason);
    }
}
