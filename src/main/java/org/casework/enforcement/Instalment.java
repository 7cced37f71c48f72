package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of a deferral or an instalment plan granted by the head (《行政处罚法》第六十六条). */
@Embeddable
public record Instalment(
        @Column(name = "due_date", nullable = false) LocalDate dueDate,
        @Column(name = "amount", nullable = false, precision = 14, scale = 2) BigDecimal amount) {
}
