package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One penalty of a decision: its type (第九条) and, for a fine or a valued confiscation, the amount. */
@Embeddable
public record PenaltyItem(
        @Enumerated(EnumType.STRING) @Column(name = "penalty_type", nullable = false, length = 32) PenaltyType type,
        @Column(name = "amount", precision = 14, scale = 2) BigDecimal amount) {
}
