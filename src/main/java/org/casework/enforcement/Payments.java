package org.casework.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Money a decision asks for, what was paid, and the late surcharge (加处罚款): 3 % of the overdue fine
 * a day, at most the fine (《行政处罚法》第七十二条), not running while a reconsideration or lawsuit is
 * pending (第七十三条). With a deferral or instalments (第六十六条) each part is overdue from its own
 * due date.
 */
final class Payments {

    static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    private Payments() {
    }

    /** Fines and confiscated gains (违法所得) of the decision: the money the party has to pay. */
    static BigDecimal payableTotal(CaseFile f) {
        return f.procedure.items(StagedPenalty.Stage.DECIDED).stream().filter(Payments::payable)
                .map(ProposedPenalty::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal fineTotal(CaseFile f) {
        return f.procedure.items(StagedPenalty.Stage.DECIDED).stream().filter(i -> i.type() == PenaltyType.FINE && i.amount() != null)
                .map(ProposedPenalty::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static boolean payable(ProposedPenalty i) {
        if (i.amount() == null) {
            return false;
        }
        return i.type() == PenaltyType.FINE
                || i.type() == PenaltyType.CONFISCATION && i.detail() != null && i.detail().startsWith("违法所得");
    }

    static BigDecimal paid(CaseFile f) {
        return f.record.payments.stream().map(PenaltyPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal surchargePaid(CaseFile f) {
        return f.record.payments.stream().map(PenaltyPayment::surchargeAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal outstanding(CaseFile f) {
        return payableTotal(f).subtract(paid(f)).max(BigDecimal.ZERO);
    }

    /** The parts due: the instalment plan when granted, else everything on the payment due date. */
    static List<Instalment> schedule(CaseFile f) {
        if (!f.procedure.instalments.isEmpty()) {
            return f.procedure.instalments.stream().sorted(Comparator.comparing(Instalment::dueDate)).toList();
        }
        if (f.procedure.paymentDue == null) {
            return List.of();
        }
        return List.of(new Instalment(f.procedure.paymentDue, payableTotal(f)));
    }

    /** The late surcharge run up until {@code until} (inclusive), capped at the fine. */
    static BigDecimal surchargeUntil(CaseFile f, LocalDate until) {
        List<Pause> remedies = f.pauseList().stream().filter(p -> !p.kind().stopsDecisionClock()).toList();
        return surcharge(fineTotal(f), payableTotal(f), schedule(f), f.record.payments, remedies, until);
    }

    /**
     * 3 % a day of the overdue part of the fine (its share in what is overdue), from the day after each
     * part fell due up to {@code until}, skipping the days of a pending reconsideration or lawsuit;
     * at most the fine.
     */
    static BigDecimal surcharge(BigDecimal fine, BigDecimal payable, List<Instalment> parts, List<PenaltyPayment> payments,
                                List<Pause> remedies, LocalDate until) {
        if (fine.signum() <= 0 || parts.isEmpty() || payable.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal fineShare = fine.divide(payable, 10, RoundingMode.HALF_UP);
        List<PenaltyPayment> paid = new ArrayList<>(payments);
        paid.sort(Comparator.comparing(PenaltyPayment::paidDate));
        BigDecimal total = BigDecimal.ZERO;
        for (LocalDate d = parts.get(0).dueDate().plusDays(1); !d.isAfter(until); d = d.plusDays(1)) {
            LocalDate day = d;
            if (remedies.stream().anyMatch(p -> p.covers(day))) {
                continue;
            }
            BigDecimal dueBy = parts.stream().filter(i -> i.dueDate().isBefore(day)).map(Instalment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paidBy = paid.stream().filter(p -> p.paidDate() != null && p.paidDate().isBefore(day)).map(PenaltyPayment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal overdue = dueBy.subtract(paidBy);
            if (overdue.signum() > 0) {
                total = total.add(overdue.multiply(fineShare).multiply(DAILY_RATE));
            }
        }
        return total.min(fine).setScale(2, RoundingMode.HALF_UP);
    }
}
