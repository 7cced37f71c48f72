package org.casework.enforcement;

import org.casework.testsupport.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casework.base.ImportOutcome;
import org.casework.base.Origin;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Importing ledger rows of 处罚案件: create, update, unchanged; derived columns; data-quality notes. */
@SpringBootTest
@ActiveProfiles("test")
class PenaltyCaseImportTest {

    @Autowired PenaltyCaseService cases;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "leader");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aNewRowCreatesTheCaseWithItsChildrenAndDerivedColumns() {
        CaseRow row = CaseRow.fine().with(r -> {
            r.partyKind = PartyKind.LEGAL_PERSON;
            r.partyName = "滨湖餐饮有限公司";
            r.partyIdNumber = "91320599mA1x2y3z4k";
            r.penaltyTypes = List.of(PenaltyType.WARNING, PenaltyType.FINE, PenaltyType.CONFISCATION);
            r.fineAmount = new BigDecimal("2000");
            r.confiscationAmount = new BigDecimal("350.5");
            r.discussionDates = List.of(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 3, 20));
            r.defenceDates = List.of(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 15));
            r.paymentDate = LocalDate.of(2024, 4, 10);
            r.paidAmount = new BigDecimal("2350.50");
            r.surchargePaid = new BigDecimal("60");
            r.extensionDays = 30;
        });
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.CREATED);

        PenaltyCaseDetail c = byNumber(row.caseNo);
        assertThat(c.origin()).isEqualTo(Origin.IMPORT);
        assertThat(c.status()).isEqualTo(PenaltyCaseStatus.DECIDED);
        assertThat(c.partyId()).isNotNull();
        assertThat(c.form().partyIdNumber()).isEqualTo("91320599MA1X2Y3Z4K");
        assertThat(c.heaviestType()).isEqualTo(PenaltyType.CONFISCATION);
        assertThat(c.items()).containsExactly(new PenaltyItem(PenaltyType.WARNING, null),
                new PenaltyItem(PenaltyType.FINE, new BigDecimal("2000.00")),
                new PenaltyItem(PenaltyType.CONFISCATION, new BigDecimal("350.50")));
        assertThat(c.fineAmount()).isEqualByComparingTo("2000");
        assertThat(c.confiscationAmount()).isEqualByComparingTo("350.50");
        assertThat(c.penaltyAmount()).isEqualTo(new BigDecimal("2350.50"));
        assertThat(c.firstDefenceDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(c.decisionDueDate()).isEqualTo(LocalDate.of(2024, 3, 1).plusDays(120));
        assertThat(c.form().discussions()).extracting(CollectiveDiscussion::meetingDate)
                .containsExactly(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 25));
        assertThat(c.form().payments()).containsExactly(new PenaltyPayment(LocalDate.of(2024, 4, 10),
                new BigDecimal("2350.50"), new BigDecimal("60.00")));
        assertThat(c.dataQualityNotes()).isEmpty();
    }

    @Test
    void theSameRowAgainChangesNothing() {
        CaseRow row = CaseRow.fine().with(r -> {
            r.discussionDates = List.of(LocalDate.of(2024, 3, 20));
            r.defenceDates = List.of(LocalDate.of(2024, 3, 15));
            r.paymentDate = LocalDate.of(2024, 4, 10);
            r.paidAmount = new BigDecimal("500");
            r.legalReviewRequired = true;
            r.legalReviewDate = LocalDate.of(2024, 4, 3);
            r.closedDate = LocalDate.of(2024, 4, 20);
        });
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.CREATED);
        PenaltyCaseDetail first = byNumber(row.caseNo);

        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.UNCHANGED);
        PenaltyCaseDetail second = byNumber(row.caseNo);
        assertThat(second.version()).isEqualTo(first.version());
        assertThat(second.updatedAt()).isEqualTo(first.updatedAt());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aChangedRowUpdatesTheCaseAndReplacesItsChildren() {
        CaseRow row = CaseRow.fine().with(r -> r.discussionDates = List.of(LocalDate.of(2024, 3, 20)));
        cases.importCase(row.toImport());
        long id = byNumber(row.caseNo).id();

        row.discussionDates = List.of(LocalDate.of(2024, 3, 21), LocalDate.of(2024, 3, 28));
        row.fineAmount = new BigDecimal("800");
        row.closedDate = LocalDate.of(2024, 5, 1);
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.UPDATED);

        PenaltyCaseDetail c = cases.get(id);
        assertThat(c.status()).isEqualTo(PenaltyCaseStatus.CLOSED);
        assertThat(c.penaltyAmount()).isEqualByComparingTo("800");
        assertThat(c.form().discussions()).extracting(CollectiveDiscussion::meetingDate)
                .containsExactly(LocalDate.of(2024, 3, 21), LocalDate.of(2024, 3, 28));
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.UNCHANGED);
    }

    @Test
    void reImportKeepsWhatOnlyTheScreenRecords() {
        CaseRow row = CaseRow.fine().with(r -> r.discussionDates = List.of(LocalDate.of(2024, 3, 20)));
        cases.importCase(row.toImport());
        PenaltyCaseDetail imported = byNumber(row.caseNo);
        PenaltyCaseForm f = imported.form();
        PenaltyCaseForm withNotes = new PenaltyCaseForm(f.orgId(), f.caseNo(), f.procedure(), f.partyKind(), f.partyName(),
                f.partyIdNumber(), f.cause(), "市容管理", f.basisSource(), f.entrustingOrgan(), f.leadSource(), f.leadDate(),
                f.filedDate(), f.extensionDays(), f.pausedDays(), f.officers(), f.decisionDate(), f.outcome(),
                f.noPenaltyReason(), f.penaltyTypes(), f.fineAmount(), f.confiscationAmount(), f.legalReviewRequired(),
                f.legalReviewDate(), List.of(new CollectiveDiscussion(LocalDate.of(2024, 3, 20), "同意罚款500元", "刘洋、李明")),
                f.defences(), f.hearingRequestDate(), f.hearingDate(), f.serviceDate(), "直接送达", f.publicationDate(),
                f.publicationWithdrawnDate(), f.transferType(), f.transferOrgan(), f.transferDate(), f.payments(),
                f.measures(), f.courtApplicationDate(), f.closedDate(), f.archivedDate());
        SignIn.as(users, "officer");
        cases.update(imported.id(), imported.version(), withNotes);
        SignIn.as(users, "leader");

        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.UNCHANGED);
        PenaltyCaseDetail c = cases.get(imported.id());
        assertThat(c.form().discussions()).singleElement().satisfies(d -> assertThat(d.conclusion()).isEqualTo("同意罚款500元"));
        assertThat(c.form().serviceMethod()).isEqualTo("直接送达");
        assertThat(c.form().enforcementField()).isEqualTo("市容管理");
    }

    @Test
    void theSpecExampleOfASimpleFineWithoutOutcomeCountsAsAPenalty() {
        CaseRow row = CaseRow.simple(PartyKind.PERSON, "50").with(r -> r.decisionDate = LocalDate.of(2020, 6, 1));
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.CREATED);
        PenaltyCaseDetail c = byNumber(row.caseNo);
        assertThat(c.form().outcome()).isEqualTo(PenaltyOutcome.PENALTY);
        assertThat(c.heaviestType()).isEqualTo(PenaltyType.FINE);
        assertThat(c.penaltyAmount()).isEqualTo(new BigDecimal("50.00"));
        assertThat(c.decisionDueDate()).isNull();
        assertThat(c.status()).isEqualTo(PenaltyCaseStatus.DECIDED);
    }

    @Test
    void theHeaviestTypeFollowsTheStatisticalOrder() {
        assertThat(heaviestOf(PenaltyType.WARNING, PenaltyType.FINE, PenaltyType.LICENCE_REVOKED))
                .isEqualTo(PenaltyType.LICENCE_REVOKED);
        assertThat(heaviestOf(PenaltyType.OTHER, PenaltyType.WARNING)).isEqualTo(PenaltyType.WARNING);
        assertThat(heaviestOf(PenaltyType.OTHER)).isEqualTo(PenaltyType.OTHER);
        assertThat(heaviestOf(PenaltyType.CIRCULATED_CRITICISM, PenaltyType.FINE)).isEqualTo(PenaltyType.FINE);
        assertThat(heaviestOf(PenaltyType.DETENTION, PenaltyType.CLOSURE)).isEqualTo(PenaltyType.DETENTION);
    }

    @Test
    void statusFollowsTheDates() {
        assertThat(statusOf(CaseRow.fine().with(r -> r.closedDate = LocalDate.of(2024, 5, 1)))).isEqualTo(PenaltyCaseStatus.CLOSED);
        assertThat(statusOf(CaseRow.fine())).isEqualTo(PenaltyCaseStatus.DECIDED);
        assertThat(statusOf(CaseRow.fine().with(r -> {
            r.decisionDate = null;
            r.outcome = null;
            r.penaltyTypes = List.of();
            r.fineAmount = null;
        }))).isEqualTo(PenaltyCaseStatus.FILED);
        assertThat(statusOf(CaseRow.fine().with(r -> {
            r.filedDate = null;
            r.outcome = PenaltyOutcome.NOT_FILED;
            r.penaltyTypes = List.of();
            r.fineAmount = null;
        }))).isEqualTo(PenaltyCaseStatus.NOT_FILED);
    }

    @Test
    void aLegalReviewCompletedAfterTheDecisionIsAcceptedWithANote() {
        CaseRow row = CaseRow.fine().with(r -> {
            r.legalReviewRequired = true;
            r.legalReviewDate = LocalDate.of(2024, 4, 3);
        });
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.CREATED);
        assertThat(byNumber(row.caseNo).dataQualityNotes()).singleElement()
                .satisfies(n -> assertThat(n).contains("法制审核完成日期（2024-04-03）晚于决定日期（2024-04-01）").contains("第五十八条"));
    }

    @Test
    void aPublicationLaterThanSevenWorkingDaysIsAcceptedWithANote() {
        // decided Fri 2024-09-27; 9-29 is a make-up working day, 10-1..10-7 National Day, 10-12 a make-up working day
        CaseRow onTime = decidedBeforeNationalDay().with(r -> r.publicationDate = LocalDate.of(2024, 10, 12));
        cases.importCase(onTime.toImport());
        PenaltyCaseDetail c = byNumber(onTime.caseNo);
        assertThat(c.publicationDueDate()).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(c.dataQualityNotes()).isEmpty();

        CaseRow late = decidedBeforeNationalDay().with(r -> r.publicationDate = LocalDate.of(2024, 10, 14));
        cases.importCase(late.toImport());
        assertThat(byNumber(late.caseNo).dataQualityNotes()).singleElement()
                .satisfies(n -> assertThat(n).contains("晚于决定后7个工作日").contains("2024-10-12"));
    }

    @Test
    void aDecisionAfterItsDeadlineIsAcceptedWithANote() {
        CaseRow late = CaseRow.fine().with(r -> {
            r.filedDate = LocalDate.of(2024, 1, 2);
            r.decisionDate = LocalDate.of(2024, 4, 2);
        });
        cases.importCase(late.toImport());
        PenaltyCaseDetail c = byNumber(late.caseNo);
        assertThat(c.decisionDueDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(c.dataQualityNotes()).singleElement().satisfies(n -> assertThat(n).contains("超期").contains("第六十条"));

        CaseRow extended = CaseRow.fine().with(r -> {
            r.filedDate = LocalDate.of(2024, 1, 2);
            r.decisionDate = LocalDate.of(2024, 4, 2);
            r.extensionDays = 30;
        });
        cases.importCase(extended.toImport());
        assertThat(byNumber(extended.caseNo).dataQualityNotes()).isEmpty();
    }

    @Test
    void defenceHearingAndDiscussionAfterTheDecisionAreAcceptedWithNotes() {
        CaseRow row = CaseRow.fine().with(r -> {
            r.defenceDates = List.of(LocalDate.of(2024, 4, 5));
            r.hearingRequestDate = LocalDate.of(2024, 4, 6);
            r.hearingDate = LocalDate.of(2024, 4, 8);
            r.discussionDates = List.of(LocalDate.of(2024, 4, 9));
        });
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.CREATED);
        assertThat(byNumber(row.caseNo).dataQualityNotes()).hasSize(4)
                .anySatisfy(n -> assertThat(n).startsWith("陈述申辩日期（2024-04-05）晚于决定日期"))
                .anySatisfy(n -> assertThat(n).startsWith("听证申请日期"))
                .anySatisfy(n -> assertThat(n).startsWith("听证日期"))
                .anySatisfy(n -> assertThat(n).startsWith("集体讨论日期"));
    }

    private CaseRow decidedBeforeNationalDay() {
        return CaseRow.fine().with(r -> {
            r.filedDate = LocalDate.of(2024, 9, 2);
            r.decisionDate = LocalDate.of(2024, 9, 27);
        });
    }

    private PenaltyType heaviestOf(PenaltyType... types) {
        CaseRow row = CaseRow.fine().with(r -> {
            r.penaltyTypes = List.of(types);
            r.fineAmount = List.of(types).contains(PenaltyType.FINE) ? new BigDecimal("100") : null;
        });
        cases.importCase(row.toImport());
        return byNumber(row.caseNo).heaviestType();
    }

    private PenaltyCaseStatus statusOf(CaseRow row) {
        cases.importCase(row.toImport());
        return byNumber(row.caseNo).status();
    }

    @Test
    void aPaymentWithoutItsDateIsImportedWithADataQualityNote() {
        CaseRow row = CaseRow.fine().with(r -> r.paidAmount = new BigDecimal("500"));

        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.CREATED);
        assertThat(byNumber(row.caseNo).dataQualityNotes()).anyMatch(n -> n.contains("没有缴款日期"));
        assertThat(cases.importCase(row.toImport())).isEqualTo(ImportOutcome.UNCHANGED);
    }

    private PenaltyCaseDetail byNumber(String caseNo) {
        List<PenaltyCaseRow> rows = cases.search(new PenaltyCaseFilter(null, null, null, null, caseNo), 0, 5);
        assertThat(rows).hasSize(1);
        return cases.get(rows.get(0).id());
    }
}
