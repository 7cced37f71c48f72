package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ledger row of 处罚案件 read as a case form. The ledger says nothing of some fields (officers,
 * coercive measures, notes of a meeting …): those keep what the stored case already says, so that a
 * re-import neither loses screen work nor reports a change.
 */
final class LedgerRows {

    private LedgerRows() {
    }

    static PenaltyCaseForm toForm(PenaltyCaseImport row, Long orgId, PenaltyCaseForm stored) {
        PenaltyCaseForm base = stored != null ? stored : PenaltyCaseForm.blank(orgId);
        return new PenaltyCaseForm(orgId, row.caseNo(), row.procedure(), row.partyKind(), row.partyName(),
                row.partyIdNumber(), row.cause(), base.enforcementField(), base.basisSource(), base.entrustingOrgan(),
                base.leadSource(), base.leadDate(), row.filedDate(), row.extensionDays() == null ? 0 : row.extensionDays(),
                base.pausedDays(), base.officers(), row.decisionDate(), row.outcome(), row.noPenaltyReason(),
                nonNull(row.penaltyTypes()), row.fineAmount(), row.confiscationAmount(), row.legalReviewRequired(),
                row.legalReviewDate(), discussions(nonNull(row.collectiveDiscussionDates()), base.discussions()),
                defences(nonNull(row.defenceDates()), base.defences()), row.hearingRequestDate(), row.hearingDate(),
                row.serviceDate(), base.serviceMethod(), row.publicationDate(), base.publicationWithdrawnDate(),
                row.transferType(), row.transferOrgan(), row.transferDate(), payments(row), base.measures(),
                base.courtApplicationDate(), row.closedDate(), base.archivedDate()).normalised();
    }

    /** 缴款日期 / 实缴金额 / 加处罚款 as one payment row, when the row says anything of a payment. */
    private static List<PenaltyPayment> payments(PenaltyCaseImport row) {
        boolean paid = row.paymentDate() != null || positive(row.paidAmount()) || positive(row.surchargePaid());
        return paid ? List.of(new PenaltyPayment(row.paymentDate(), row.paidAmount(), row.surchargePaid())) : List.of();
    }

    /** One discussion per date of the row, keeping the conclusion already recorded for a meeting on that date. */
    private static List<CollectiveDiscussion> discussions(List<LocalDate> dates, List<CollectiveDiscussion> stored) {
        List<CollectiveDiscussion> unused = new ArrayList<>(stored);
        List<CollectiveDiscussion> result = new ArrayList<>();
        for (LocalDate date : dates) {
            CollectiveDiscussion known = unused.stream().filter(d -> Objects.equals(d.meetingDate(), date)).findFirst()
                    .orElse(CollectiveDiscussion.on(date));
            unused.remove(known);
            result.add(known);
        }
        return result;
    }

    /** One statement or defence per date of the row, keeping the content already recorded for that date. */
    private static List<StatementDefence> defences(List<LocalDate> dates, List<StatementDefence> stored) {
        List<StatementDefence> unused = new ArrayList<>(stored);
        List<StatementDefence> result = new ArrayList<>();
        for (LocalDate date : dates) {
            StatementDefence known = unused.stream().filter(d -> Objects.equals(d.receivedDate(), date)).findFirst()
                    .orElse(StatementDefence.on(date));
            unused.remove(known);
            result.add(known);
        }
        return result;
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() != 0;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
