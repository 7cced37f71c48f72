package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.calendar.Computed;
import org.casework.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * The periods of one case, from its records: the due date of each (for task due dates and BPMN timers,
 * by key) and the whole list with states (for the clock panel and the 工作台).
 */
@Component
class CaseDeadlines {

    /** Keys besides the rule names: the later end of the two windows after a prior notice, and the hearing day. */
    static final String RIGHTS_WINDOWS = "RIGHTS_WINDOWS";
    static final String HEARING = "HEARING";
    /** The period for bringing a lawsuit (《行政诉讼法》第四十六条: six months from knowing of the decision). */
    static final int LAWSUIT_MONTHS = 6;

    private final CaseClock clock;
    private final CaseFiles files;

    CaseDeadlines(CaseClock clock, CaseFiles files) {
        this.clock = clock;
        this.files = files;
    }

    WorkCalendar calendar() {
        return clock.calendar();
    }

    CaseClock calendarClock() {
        return clock;
    }

    /** The decision clock of a filed general-procedure case, or null. */
    DecisionClock decisionClock(CaseFile f, LocalDate today) {
        PenaltyCase c = f.record;
        if (!f.isGeneral() || c.filedDate == null || c.outcome == PenaltyOutcome.NOT_FILED) {
            return null;
        }
        LocalDate decided = c.decisionDate != null ? c.decisionDate : f.procedure.terminatedOn;
        return clock.decisionClock(c.filedDate, decided, f.pauseList(), f.extensionList(), today);
    }

    /** The due date of a period by key (a {@link DeadlineRule} name, {@link #RIGHTS_WINDOWS} or {@link #HEARING}), or null if not started. */
    LocalDate due(CaseFile f, String key, LocalDate today) {
        CaseProcedure p = f.procedure;
        if (RIGHTS_WINDOWS.equals(key)) {
            return later(p.defenceWindowEnd, p.hearingEligible ? p.hearingWindowEnd : null);
        }
        if (HEARING.equals(key)) {
            return p.hearingAt == null ? null : p.hearingAt.toLocalDate();
        }
        DeadlineRule rule = DeadlineRule.valueOf(key);
        if (rule == DeadlineRule.DECISION) {
            DecisionClock dc = decisionClock(f, today);
            return dc == null ? null : dc.dueDate();
        }
        Computed<LocalDate> due = compute(f, rule);
        return due == null ? null : due.value();
    }

    /** Every period the case has started, with its state on {@code today}. */
    List<Deadline> all(CaseFile f, LocalDate today) {
        List<Deadline> list = new ArrayList<>();
        PenaltyCase c = f.record;
        CaseProcedure p = f.procedure;
        if (f.isGeneral()) {
            add(list, f, DeadlineRule.LIMITATION, p.actDate, c.filedDate, today);
            add(list, f, DeadlineRule.LEAD_CHECK, c.leadDate, leadCheckEnd(c), today);
            for (EvidencePreservation e : files.preservations.findByCaseIdOrderByIdAsc(c.id)) {
                list.add(clock.deadline(DeadlineRule.PRESERVATION, e.items, e.preservedOn, new Computed<>(e.decideBy, List.of()),
                        e.decidedOn, e.decision == null ? null : e.decision.label(), today));
            }
            for (CoerciveMeasure m : c.measures) {
                if (m.dueDate() != null) {
                    list.add(clock.deadline(DeadlineRule.SEIZURE, m.type().label() + (m.description() == null ? "" : "：" + m.description()),
                            m.decidedDate(), new Computed<>(m.dueDate(), List.of()), m.endedDate(),
                            m.extended() ? "已延长" : null, today));
                }
            }
            add(list, f, DeadlineRule.TRANSFER_DECISION, p.proposal == Proposal.TRANSFER_CRIMINAL ? p.reportedOn : null,
                    p.transferDecidedOn, today);
            add(list, f, DeadlineRule.TRANSFER, Boolean.TRUE.equals(p.transferApproved) ? p.transferDecidedOn : null,
                    p.transferredAt == null ? null : p.transferredAt.toLocalDate(), today);
            add(list, f, DeadlineRule.RECEIVER_ANSWER, p.transferredAt == null ? null : p.transferredAt.toLocalDate(),
                    p.receiverAnsweredOn, today);
            for (CaseReview r : f.reviews()) {
                DeadlineRule rule = r.kind == ReviewKind.LEGAL ? DeadlineRule.LEGAL_REVIEW : DeadlineRule.CASE_REVIEW;
                list.add(clock.deadline(rule, null, r.submittedOn, rule.dueFrom(calendar(), r.submittedOn), r.completedOn,
                        r.opinion == null ? null : r.opinion.label(), today));
            }
            add(list, f, DeadlineRule.DEFENCE_WINDOW, p.noticeServedOn, p.rightsWaivedOn, today);
            if (p.hearingEligible) {
                add(list, f, DeadlineRule.HEARING_REQUEST_WINDOW, p.noticeServedOn, p.rightsWaivedOn, today);
            }
            DecisionClock dc = decisionClock(f, today);
            if (dc != null && f.procedure.terminatedOn == null) {
                list.add(new Deadline(DeadlineRule.DECISION, null, c.filedDate, dc.dueDate(), c.decisionDate, dc.state(),
                        c.decisionDate == null ? dc.daysLeft() : null, null, dc.warnings()));
            }
            if (c.outcome == PenaltyOutcome.PENALTY) {
                add(list, f, DeadlineRule.SERVICE, p.servedOnTheSpot ? null : c.decisionDate, c.serviceDate, today);
                add(list, f, DeadlineRule.PUBLICATION, c.decisionDate, c.publicationDate, today);
            }
        } else {
            add(list, f, DeadlineRule.HANDOVER, p.collectedOnTheSpot ? c.decisionDate : null, p.handedOverOn, today);
            add(list, f, DeadlineRule.SIMPLE_FILING, c.decisionDate, p.filedWithAgencyOn, today);
        }
        add(list, f, DeadlineRule.PUBLICATION_WITHDRAWAL, c.publicationDate == null ? null : p.decisionChangedOn,
                c.publicationWithdrawnDate, today);
        if (p.paymentDue != null) {
            list.add(clock.deadline(DeadlineRule.PAYMENT, null, c.serviceDate != null ? c.serviceDate : c.decisionDate,
                    new Computed<>(p.paymentDue, List.of()), paidInFullOn(f), p.deferredBy == null ? null : "已批准延期或分期缴纳", today));
        }
        add(list, f, DeadlineRule.REMINDER_PERIOD, p.reminderServedOn, null, today);
        add(list, f, DeadlineRule.COURT_APPLICATION, p.reminderServedOn == null ? null : courtPeriodStart(f), c.courtApplicationDate, today);
        add(list, f, DeadlineRule.CLOSING, f.isGeneral() ? p.caseEndedOn : null, c.closedDate, today);
        return list;
    }

    /** The computed due date of a rule for the case, or null when the period has not started. */
    Computed<LocalDate> compute(CaseFile f, DeadlineRule rule) {
        PenaltyCase c = f.record;
        CaseProcedure p = f.procedure;
        WorkCalendar cal = calendar();
        return switch (rule) {
            case LEAD_CHECK -> c.leadDate == null ? null : rule.dueFrom(cal, c.leadDate, p.leadCheckExtendedOn == null ? 15 : 30);
            case LIMITATION -> p.actDate == null ? null : rule.dueFrom(cal, p.actDate, p.seriousHarm ? 5 : 2);
            case LEGAL_REVIEW, CASE_REVIEW -> {
                CaseReview open = f.lastReview();
                yield open == null ? null : rule.dueFrom(cal, open.submittedOn);
            }
            case DEFENCE_WINDOW -> p.defenceWindowEnd == null ? null : new Computed<>(p.defenceWindowEnd, List.of());
            case HEARING_REQUEST_WINDOW -> p.hearingWindowEnd == null ? null : new Computed<>(p.hearingWindowEnd, List.of());
            case SERVICE, HANDOVER, SIMPLE_FILING -> c.decisionDate == null ? null : rule.dueFrom(cal, c.decisionDate);
            case PUBLICATION -> p.publicationDue == null ? null : new Computed<>(p.publicationDue, List.of());
            case PUBLICATION_WITHDRAWAL -> p.decisionChangedOn == null ? null : rule.dueFrom(cal, p.decisionChangedOn);
            case PAYMENT -> p.paymentDue == null ? null : new Computed<>(p.paymentDue, List.of());
            case REMINDER_PERIOD -> p.reminderServedOn == null ? null : rule.dueFrom(cal, p.reminderServedOn);
            case COURT_APPLICATION -> {
                LocalDate start = courtPeriodStart(f);
                yield start == null ? null : rule.dueFrom(cal, start);
            }
            case CLOSING -> p.caseEndedOn == null ? null : rule.dueFrom(cal, p.caseEndedOn);
            case TRANSFER_DECISION -> p.reportedOn == null ? null : rule.dueFrom(cal, p.reportedOn);
            case TRANSFER -> p.transferDecidedOn == null ? null : rule.dueFrom(cal, p.transferDecidedOn);
            case RECEIVER_ANSWER -> p.transferredAt == null ? null : rule.dueFrom(cal, p.transferredAt.toLocalDate());
            case PRESERVATION, SEIZURE, HEARING_NOTICE, DECISION -> null;
        };
    }

    /**
     * The day the three months for applying to the court start: when the period for a lawsuit ran out
     * (six months after service), or after an approved deferral ended, whichever is later
     * (《行政强制法》第五十三条; 《行政处罚法》第七十二条第二款).
     */
    LocalDate courtPeriodStart(CaseFile f) {
        PenaltyCase c = f.record;
        if (c.serviceDate == null) {
            return null;
        }
        LocalDate lawsuitEnds = c.serviceDate.plusMonths(LAWSUIT_MONTHS);
        LocalDate deferralEnds = f.procedure.deferredBy == null ? null : f.procedure.paymentDue;
        return later(lawsuitEnds, deferralEnds);
    }

    /** The day the money due was paid in full, or null. */
    LocalDate paidInFullOn(CaseFile f) {
        BigDecimal due = Payments.payableTotal(f);
        if (due.signum() <= 0) {
            return null;
        }
        BigDecimal paid = BigDecimal.ZERO;
        for (PenaltyPayment pay : f.record.payments.stream().filter(p -> p.paidDate() != null)
                .sorted(java.util.Comparator.comparing(PenaltyPayment::paidDate)).toList()) {
            paid = paid.add(pay.amount());
            if (paid.compareTo(due) >= 0) {
                return pay.paidDate();
            }
        }
        return null;
    }

    private LocalDate leadCheckEnd(PenaltyCase c) {
        if (c.filedDate != null) {
            return c.filedDate;
        }
        return c.outcome == PenaltyOutcome.NOT_FILED ? c.decisionDate : null;
    }

    private void add(List<Deadline> list, CaseFile f, DeadlineRule rule, LocalDate start, LocalDate metOn, LocalDate today) {
        if (start == null) {
            return;
        }
        Computed<LocalDate> due = compute(f, rule);
        if (due != null) {
            list.add(clock.deadline(rule, null, start, due, metOn, null, today));
        }
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
