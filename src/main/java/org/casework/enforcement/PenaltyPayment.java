package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment: fine and confiscation paid (实缴金额, without surcharge) and the late surcharge (加处罚款). */
@Embeddable
public record PenaltyPayment(
        @Column(name = "paid_date") LocalDate paidDate,
        @Column(name = "amount", nullable = false, precision = 14, scale = 2) BigDecimal amount,
        @Column(name = "surcharge_amount", nullable = false, precision = 14, scale = 2) BigDecimal surchargeAmount) {

    PenaltyPayment normalised() {
        return new PenaltyPayment(paidDate, Amounts.orZero(amount), Amounts.orZero(surchargeAmount));
    }
}
