package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** An administrative coercive measure decided in the case (查封、扣押、冻结 …; 《行政强制法》). */
@Embeddable
public record CoerciveMeasure(
        @Enumerated(EnumType.STRING) @Column(name = "measure_type", nullable = false, length = 16) MeasureType type,
        @Column(name = "decided_date", nullable = false) LocalDate decidedDate,
        @Column(name = "due_date") LocalDate dueDate,
        @Column(name = "extended", nullable = false) boolean extended,
        @Column(name = "ended_date") LocalDate endedDate,
        @Column(name = "description", length = 1000) String description) {

    CoerciveMeasure normalised() {
        return new CoerciveMeasure(type, decidedDate, dueDate, extended, endedDate, Texts.clean(description));
    }
}
