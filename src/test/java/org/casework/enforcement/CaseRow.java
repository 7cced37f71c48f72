package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.casework.party.PartyKind;

/** A ledger row of 处罚案件 for tests: a valid general-procedure fine in JD1 unless changed. */
final class CaseRow {

    static final String JD1 = "320599001";
    static final String JD2 = "320599002";
    private static final AtomicInteger SEQ = new AtomicInteger();

    String orgCode = JD1;
    String caseNo = "测罚〔2024〕" + SEQ.incrementAndGet() + "号";
    ProcedureType procedure = ProcedureType.GENERAL;
    PartyKind partyKind = PartyKind.PERSON;
    String partyName = "张三";
    String partyIdNumber;
    String cause = "擅自占用城市道路经营";
    LocalDate filedDate = LocalDate.of(2024, 3, 1);
    Integer extensionDays;
    LocalDate decisionDate = LocalDate.of(2024, 4, 1);
    PenaltyOutcome outcome = PenaltyOutcome.PENALTY;
    NoPenaltyReason noPenaltyReason;
    List<PenaltyType> penaltyTypes = List.of(PenaltyType.FINE);
    BigDecimal fineAmount = new BigDecimal("500");
    BigDecimal confiscationAmount;
    boolean legalReviewRequired;
    LocalDate legalReviewDate;
    List<LocalDate> discussionDates = List.of();
    List<LocalDate> defenceDates = List.of();
    LocalDate hearingRequestDate;
    LocalDate hearingDate;
    LocalDate serviceDate;
    LocalDate publicationDate;
    TransferType transferType;
    String transferOrgan;
    LocalDate transferDate;
    LocalDate paymentDate;
    BigDecimal paidAmount;
    BigDecimal surchargePaid;
    LocalDate closedDate;

    static CaseRow fine() {
        return new CaseRow();
    }

    static CaseRow simple(PartyKind kind, String amount) {
        return new CaseRow().with(r -> {
            r.procedure = ProcedureType.SIMPLE;
            r.partyKind = kind;
            r.filedDate = null;
            r.outcome = null;
            r.fineAmount = new BigDecimal(amount);
        });
    }

    CaseRow with(Consumer<CaseRow> change) {
        change.accept(this);
        return this;
    }

    PenaltyCaseImport toImport() {
        return new PenaltyCaseImport(orgCode, caseNo, procedure, partyKind, partyName, partyIdNumber, cause, filedDate,
                extensionDays, decisionDate, outcome, noPenaltyReason, penaltyTypes, fineAmount, confiscationAmount,
                legalReviewRequired, legalReviewDate, discussionDates, defenceDates, hearingRequestDate, hearingDate,
                serviceDate, publicationDate, transferType, transferOrgan, transferDate, paymentDate, paidAmount,
                surchargePaid, closedDate);
    }

    /** The same case as the plain form would send it. */
    PenaltyCaseForm toForm(long orgId) {
        return LedgerRows.toForm(toImport(), orgId, null);
    }
}
