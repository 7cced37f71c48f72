package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.enforcement.PenaltyType.CONFISCATION;
import static org.casework.enforcement.PenaltyType.FINE;
import static org.casework.enforcement.PenaltyType.OTHER;
import static org.casework.enforcement.PenaltyType.WARNING;
import static org.casework.reporting.FigureFixtures.d;

import java.util.List;
import org.casework.reporting.FigureTestBase;
import org.casework.reporting.YearlyFigures;
import org.junit.jupiter.api.Test;

/**
 * The enforcement figures (spec/figures.md 行政执法), each with a hand-computed expectation, the traps
 * included: year boundaries, stock on Y-12-31, a revoked decision, the heaviest type, a late legal review,
 * publication across a holiday.
 */
class EnforcementFiguresTest extends FigureTestBase {

    @Test
    void officersAreCountedAsOnDecemberThirtyFirstWithValidCertificates() {
        fx.officer(tree.root(), "甲", "2019-01-01", null, "C1", "2022-01-01");
        fx.officer(tree.root(), "乙 starts and card ends on 12-31", "2020-12-31", null, "C2", "2020-12-31");
        fx.officer(tree.root(), "丙 left on 12-31", "2019-05-01", "2020-12-31", "C3", "2030-01-01");
        fx.officer(tree.root(), "丁 left on 01-01, card expired 12-30", "2019-05-01", "2021-01-01", "C4", "2020-12-30");
        fx.officer(tree.root(), "戊 starts next year", "2021-01-01", null, null, null);
        fx.officer(tree.root(), "己 date without number", "2018-01-01", null, null, "2025-01-01");
        fx.officer(tree.street(), "庚 in the street", "2019-01-01", null, "C7", "2030-01-01");

        YearlyFigures y2020 = year(2020);
        assertThat(count(y2020, "enforcement.officers")).isEqualTo(5);              // 甲 乙 丁 己 庚
        assertThat(count(y2020, "enforcement.officers.certified")).isEqualTo(3);    // 甲 乙 庚
        assertThat(rate(y2020, "enforcement.officers.certifiedRate")).isEqualTo("3/5");
        assertThat(y2020.get("enforcement.officers.certifiedRate").percentText()).isEqualTo("60.0%");

        YearlyFigures rootOnly = year(2020, tree.root(), false);
        assertThat(count(rootOnly, "enforcement.officers")).isEqualTo(4);
        assertThat(count(rootOnly, "enforcement.officers.certified")).isEqualTo(2);

        YearlyFigures y2021 = year(2021);
        assertThat(count(y2021, "enforcement.officers")).isEqualTo(5);              // 甲 乙 戊 己 庚
        assertThat(count(y2021, "enforcement.officers.certified")).isEqualTo(2);    // 甲 庚
        assertConsistent(2020);
    }

    @Test
    void inspectionsCountByInspectionDateWithinTheYear() {
        fx.inspection(tree.root(), "2020-01-01");
        fx.inspection(tree.root(), "2020-12-31");
        fx.inspection(tree.root(), "2019-12-31");
        fx.inspection(tree.root(), "2021-01-01");
        fx.inspection(tree.squad(), "2020-06-01");

        assertThat(count(year(2020), "enforcement.inspections")).isEqualTo(3);
        assertThat(count(year(2020, tree.root(), false), "enforcement.inspections")).isEqualTo(2);
        assertThat(count(year(2020, tree.street(), false), "enforcement.inspections")).isZero();
        assertThat(count(year(2020, tree.street(), true), "enforcement.inspections")).isEqualTo(1);
        assertThat(count(year(2021), "enforcement.inspections")).isEqualTo(1);
        assertConsistent(2020);
    }

    @Test
    void filedNotFiledClosedAndOpenCases() {
        fx.penaltyCase(tree.root()).filed("2020-03-01").insert();                                              // c1 open
        fx.penaltyCase(tree.root()).filed("2020-12-31").penalty("2021-02-01", "100", null, FINE)
                .set("closed_date", "2021-03-01").insert();                                                     // c2
        fx.penaltyCase(tree.root()).filed("2019-11-01").penalty("2020-01-15", "100", null, FINE)
                .set("closed_date", "2021-01-02").insert();                                                     // c3 closed 01-02 of Y+1
        fx.penaltyCase(tree.root()).filed("2020-02-01").decided("2020-06-01", "FILING_WITHDRAWN")
                .set("closed_date", "2020-12-31").insert();                                                     // c4
        fx.penaltyCase(tree.root()).decided("2020-04-01", "NOT_FILED").insert();                             // c5
        fx.penaltyCase(tree.root()).simple().penalty("2020-05-01", "50", null, FINE).set("closed_date", "2020-05-01").insert(); // c6
        fx.penaltyCase(tree.root()).filed("2021-01-01").insert();                                              // c7

        YearlyFigures y2020 = year(2020);
        assertThat(count(y2020, "enforcement.cases.filed")).isEqualTo(3);     // c1 c2 c4
        assertThat(count(y2020, "enforcement.cases.notFiled")).isEqualTo(1);  // c5
        assertThat(count(y2020, "enforcement.cases.closed")).isEqualTo(2);    // c4 c6 (simple too)
        assertThat(count(y2020, "enforcement.cases.open")).isEqualTo(3);      // c1 c2 c3

        YearlyFigures y2021 = year(2021);
        assertThat(count(y2021, "enforcement.cases.filed")).isEqualTo(1);     // c7
        assertThat(count(y2021, "enforcement.cases.closed")).isEqualTo(2);    // c2 c3
        assertThat(count(y2021, "enforcement.cases.open")).isEqualTo(2);      // c1 c7
        assertConsistent(2020);
        assertConsistent(2021);
    }

    @Test
    void overdueMeansDecidedAfterNinetyDaysPlusExtensionAndPauses() {
        fx.penaltyCase(tree.root()).filed("2020-01-01").penalty("2020-03-31", "10", null, FINE).insert();   // day 90: in time
        fx.penaltyCase(tree.root()).filed("2020-01-01").penalty("2020-04-01", "10", null, FINE).insert();   // day 91: late
        fx.penaltyCase(tree.root()).filed("2020-01-01").extensionDays(30).penalty("2020-04-30", "10", null, FINE).insert();
        fx.penaltyCase(tree.root()).filed("2020-01-01").extensionDays(30).penalty("2020-05-01", "10", null, FINE).insert(); // late
        fx.penaltyCase(tree.root()).filed("2020-01-01").insert();                                           // undecided: never
        fx.penaltyCase(tree.root()).filed("2020-10-01").decided("2021-02-01", "NO_PENALTY")
                .set("no_penalty_reason", "MINOR").insert();                                                // late, in 2021
        fx.penaltyCase(tree.root()).filed("2020-01-01").pausedDays(10).decided("2020-04-10", "FILING_WITHDRAWN").insert();

        assertThat(count(year(2020), "enforcement.cases.overdue")).isEqualTo(2);
        assertThat(count(year(2021), "enforcement.cases.overdue")).isEqualTo(1);
        assertConsistent(2020);
    }

    @Test
    void decisionsCountOnceUnderTheHeaviestTypeAndARevokedDecisionStillCounts() {
        assertThat(PenaltyType.heaviest(List.of(FINE, OTHER))).isEqualTo(FINE);
        assertThat(PenaltyType.heaviest(List.of(OTHER))).isEqualTo(OTHER);

        fx.penaltyCase(tree.root()).simple().penalty("2020-03-01", "200", null, FINE).insert();                  // p1
        fx.penaltyCase(tree.root()).filed("2020-02-01").penalty("2020-05-01", "1000", null, FINE, OTHER).insert(); // p2 → FINE
        fx.penaltyCase(tree.root()).filed("2020-02-01").penalty("2020-06-01", null, null, OTHER).insert();       // p3 → OTHER
        fx.penaltyCase(tree.root()).filed("2020-02-01").penalty("2020-12-31", "500", "300", FINE, CONFISCATION).insert(); // p4
        fx.penaltyCase(tree.root()).filed("2020-02-01").penalty("2021-01-01", "999", null, FINE).insert();       // p5: 2021
        long p6 = fx.penaltyCase(tree.squad()).filed("2020-02-01").penalty("2020-07-01", null, null, WARNING).insert();
        fx.reconsideration(tree.squad(), "2020-08-01").set("concluded_date", "2021-03-01").set("outcome", "REVOKED")
                .set("penalty_case_id", p6).insert();                                                           // p6 revoked in 2021
        fx.penaltyCase(tree.root()).simple().penalty("2019-12-31", "50", null, FINE).insert();                  // p7: 2019
        fx.penaltyCase(tree.root()).filed("2020-02-01").decided("2020-08-01", "NO_PENALTY").set("no_penalty_reason", "FIRST_OFFENCE").insert();
        fx.penaltyCase(tree.root()).filed("2020-02-01").decided("2020-08-02", "NO_PENALTY").set("no_penalty_reason", "MINOR").insert();
        fx.penaltyCase(tree.root()).filed("2020-02-01").decided("2021-08-02", "NO_PENALTY").set("no_penalty_reason", "FIRST_OFFENCE").insert();
        fx.penaltyCase(tree.root()).filed("2020-02-01").penalty("2020-09-01", "100", null, FINE, CONFISCATION).insert(); // p11: unvalued

        YearlyFigures f = year(2020);
        assertThat(count(f, "penalty.decisions")).isEqualTo(6);
        assertThat(count(f, "penalty.decisions.byProcedure.SIMPLE")).isEqualTo(1);
        assertThat(count(f, "penalty.decisions.byProcedure.GENERAL")).isEqualTo(5);
        assertThat(count(f, "penalty.decisions.byType.FINE")).isEqualTo(2);
        assertThat(count(f, "penalty.decisions.byType.OTHER")).isEqualTo(1);
        assertThat(count(f, "penalty.decisions.byType.CONFISCATION")).isEqualTo(2);
        assertThat(count(f, "penalty.decisions.byType.WARNING")).isEqualTo(1);
        assertThat(count(f, "penalty.decisions.byType.DETENTION")).isZero();
        assertThat(amount(f, "penalty.amount")).isEqualByComparingTo("2100.00");
        assertThat(amount(f, "penalty.amount")).hasToString("2100.00");
        assertThat(amount(f, "penalty.amount.byProcedure.SIMPLE")).hasToString("200.00");
        assertThat(amount(f, "penalty.amount.byProcedure.GENERAL")).hasToString("1900.00");
        assertThat(count(f, "penalty.noPenalty")).isEqualTo(2);
        assertThat(count(f, "penalty.noPenalty.firstOffence")).isEqualTo(1);

        assertThat(count(year(2021), "penalty.decisions")).isEqualTo(1);
        assertThat(count(year(2021), "penalty.noPenalty.firstOffence")).isEqualTo(1);
        assertThat(count(year(2019), "penalty.decisions")).isEqualTo(1);
        assertThat(count(year(2020, tree.squad(), false), "penalty.decisions")).isEqualTo(1);
        assertConsistent(2020);
    }

    @Test
    void collectedAmountsCountByPaymentDate() {
        long p1 = fx.penaltyCase(tree.root()).simple().penalty("2020-03-01", "200", null, FINE).insert();
        long p2 = fx.penaltyCase(tree.root()).filed("2020-02-01").penalty("2020-05-01", "1000", null, FINE).insert();
        long p4 = fx.penaltyCase(tree.root()).filed("2020-02-01").penalty("2020-12-20", "800", null, FINE).insert();
        long p11 = fx.penaltyCase(tree.street()).filed("2020-02-01").penalty("2020-12-01", "100", null, FINE).insert();
        fx.payment(p1, "2020-03-01", "200.00", "0");
        fx.payment(p2, "2020-06-01", "1000.00", "0");
        fx.payment(p4, "2021-01-05", "800.00", "24.50");
        fx.payment(p11, "2020-12-31", "60.00", "3.00");
        fx.payment(p11, "2021-01-01", "40.00", "0");

        YearlyFigures y2020 = year(2020);
        assertThat(amount(y2020, "penalty.amountCollected")).hasToString("1260.00");
        assertThat(amount(y2020, "penalty.surchargeCollected")).hasToString("3.00");
        YearlyFigures y2021 = year(2021);
        assertThat(amount(y2021, "penalty.amountCollected")).hasToString("840.00");
        assertThat(amount(y2021, "penalty.surchargeCollected")).hasToString("24.50");
        assertConsistent(2020);
        assertConsistent(2021);
    }

    @Test
    void aLegalReviewCompletedAfterTheDecisionDoesNotCountTowardTheRate() {
        fx.penaltyCase(tree.root()).filed("2020-01-01").penalty("2020-05-10", "10", null, FINE)
                .set("legal_review_required", true).set("legal_review_date", "2020-05-08").insert();   // r1 in time
        fx.penaltyCase(tree.root()).filed("2020-01-01").penalty("2020-05-10", "10", null, FINE)
                .set("legal_review_required", true).set("legal_review_date", "2020-05-10").insert();   // r2 same day
        fx.penaltyCase(tree.root()).filed("2020-01-01").penalty("2020-12-20", "10", null, FINE)
                .set("legal_review_required", true).set("legal_review_date", "2021-01-05").insert();   // r3 after
        fx.penaltyCase(tree.root()).filed("2020-01-01").decided("2020-06-01", "NO_PENALTY").set("no_penalty_reason", "MINOR")
                .set("legal_review_required", true).set("legal_review_date", "2020-05-30").insert();   // r4
        fx.penaltyCase(tree.root()).filed("2020-01-01").penalty("2020-07-01", "10", null, FINE)
                .set("legal_review_date", "2020-06-30").insert();                                       // r5 not required
        fx.penaltyCase(tree.root()).filed("2020-01-01").set("legal_review_required", true).insert();  // r6 undecided
        fx.penaltyCase(tree.root()).filed("2020-01-01").penalty("2020-08-01", "10", null, FINE)
                .set("legal_review_required", true).insert();                                           // r7 none

        YearlyFigures y2020 = year(2020);
        assertThat(count(y2020, "legalReview.completed")).isEqualTo(4);       // r1 r2 r4 r5
        assertThat(rate(y2020, "legalReview.rate")).isEqualTo("3/5");         // r1 r2 r4 / r1 r2 r3 r4 r7
        assertThat(count(year(2021), "legalReview.completed")).isEqualTo(1);  // r3
        assertThat(rate(year(2021), "legalReview.rate")).isEqualTo("0/0");
        assertThat(year(2021).get("legalReview.rate").value()).isNull();
        assertConsistent(2020);
    }

    @Test
    void collectiveDiscussionsDefencesAndHearingsCountByTheirOwnDates() {
        long k1 = fx.penaltyCase(tree.root()).filed("2020-01-01").insert();
        fx.discussion(k1, "2020-03-01");
        fx.discussion(k1, "2020-04-01");
        long k2 = fx.penaltyCase(tree.root()).filed("2020-01-01").insert();
        fx.discussion(k2, "2020-12-31");
        fx.discussion(k2, "2021-01-01");
        long k3 = fx.penaltyCase(tree.root()).number("东罚〔2020〕3号").filed("2020-01-01").insert();
        fx.discussion(k3, "2021-02-01");
        long k4 = fx.penaltyCase(tree.root()).filed("2020-01-01").insert();
        fx.discussion(k4, "2020-05-05");
        fx.discussion(k4, "2020-05-05");   // the same meeting twice: one session

        fx.penaltyCase(tree.root()).filed("2019-12-01").set("first_defence_date", "2019-12-19").insert();
        fx.penaltyCase(tree.root()).filed("2019-12-01").set("first_defence_date", "2020-01-01").insert();
        fx.penaltyCase(tree.root()).filed("2019-12-01").set("first_defence_date", "2020-12-31").insert();

        fx.penaltyCase(tree.root()).filed("2020-01-01").set("hearing_request_date", "2020-03-01").set("hearing_date", "2020-04-01").insert();
        fx.penaltyCase(tree.root()).filed("2020-01-01").set("hearing_request_date", "2020-12-30").set("hearing_date", "2021-01-10").insert();

        YearlyFigures y2020 = year(2020);
        assertThat(count(y2020, "collectiveDiscussion.sessions")).isEqualTo(4);
        assertThat(count(y2020, "defence.cases")).isEqualTo(2);
        assertThat(count(y2020, "hearing.requested")).isEqualTo(2);
        assertThat(count(y2020, "hearing.held")).isEqualTo(1);
        YearlyFigures y2021 = year(2021);
        assertThat(count(y2021, "collectiveDiscussion.sessions")).isEqualTo(2);
        assertThat(count(y2021, "hearing.held")).isEqualTo(1);
        assertThat(count(year(2019), "defence.cases")).isEqualTo(1);
        assertConsistent(2020);
    }

    @Test
    void publicationOnTheSeventhWorkingDayAcrossTheNationalHolidayIsOnTimeTheEighthIsNot() {
        // 2020-09-29 (Tue): 9-30, 10-9, 10-10 (调休 Saturday), 10-12, 10-13, 10-14, 10-15 → D7 = 10-15
        assertThat(calendar.addWorkingDays(d("2020-09-29"), 7).value()).isEqualTo(d("2020-10-15"));
        fx.penaltyCase(tree.root()).filed("2020-08-01").penalty("2020-09-29", "10", null, FINE).set("publication_date", "2020-10-15").insert();
        fx.penaltyCase(tree.root()).filed("2020-08-01").penalty("2020-09-29", "10", null, FINE).set("publication_date", "2020-10-16").insert();
        fx.penaltyCase(tree.root()).filed("2020-08-01").penalty("2020-12-11", "10", null, FINE).set("publication_date", "2021-01-07").insert();
        fx.penaltyCase(tree.root()).simple().penalty("2020-06-01", "10", null, FINE).set("publication_date", "2020-06-01").insert();
        fx.penaltyCase(tree.root()).filed("2020-08-01").penalty("2020-11-02", "10", null, FINE).insert();
        fx.penaltyCase(tree.root()).filed("2020-01-01").decided("2020-05-01", "NO_PENALTY").set("no_penalty_reason", "MINOR")
                .set("publication_date", "2020-05-01").insert();

        YearlyFigures y2020 = year(2020);
        assertThat(count(y2020, "publication.penalties")).isEqualTo(3);
        assertThat(rate(y2020, "publication.onTimeRate")).isEqualTo("1/4");
        assertThat(y2020.get("publication.onTimeRate").percentText()).isEqualTo("25.0%");
        assertThat(count(year(2021), "publication.penalties")).isEqualTo(1);
        assertConsistent(2020);
    }

    @Test
    void transfersCountByTransferDateAndSplitByReceiver() {
        fx.penaltyCase(tree.root()).filed("2020-01-01").decided("2020-12-30", "TRANSFER").set("transfer_type", "CRIMINAL")
                .set("transfer_organ", "公安").set("transfer_date", "2021-01-04").insert();
        fx.penaltyCase(tree.root()).filed("2020-01-01").decided("2020-03-01", "TRANSFER").set("transfer_type", "CRIMINAL")
                .set("transfer_organ", "检察院").set("transfer_date", "2020-03-01").insert();
        fx.penaltyCase(tree.street()).filed("2020-01-01").decided("2020-04-01", "TRANSFER").set("transfer_type", "CRIMINAL")
                .set("transfer_organ", "公安").set("transfer_date", "2020-04-01").insert();
        fx.penaltyCase(tree.root()).filed("2020-01-01").decided("2020-05-01", "TRANSFER").set("transfer_type", "ADMINISTRATIVE")
                .set("transfer_organ", "市场监管局").set("transfer_date", "2020-05-01").insert();

        YearlyFigures y2020 = year(2020);
        assertThat(count(y2020, "transfer.criminal")).isEqualTo(2);
        assertThat(count(y2020, "transfer.criminal.byReceiver.公安")).isEqualTo(1);
        assertThat(count(y2020, "transfer.criminal.byReceiver.检察院")).isEqualTo(1);
        assertThat(y2020.figures()).doesNotContainKey("transfer.criminal.byReceiver.市场监管局");
        assertThat(count(y2020, "transfer.administrative")).isEqualTo(1);
        YearlyFigures y2021 = year(2021);
        assertThat(count(y2021, "transfer.criminal")).isEqualTo(1);
        assertThat(count(y2021, "transfer.criminal.byReceiver.公安")).isEqualTo(1);
        assertThat(y2021.figures()).doesNotContainKey("transfer.criminal.byReceiver.检察院");
        assertConsistent(2020);
    }

    @Test
    void coerciveMeasuresAndCourtApplicationsCountByTheirDates() {
        long x = fx.penaltyCase(tree.root()).filed("2020-01-01").set("court_application_date", "2020-10-10").insert();
        fx.measure(x, "2020-02-01");
        fx.measure(x, "2020-12-31");
        fx.measure(x, "2021-01-01");
        fx.penaltyCase(tree.root()).filed("2020-01-01").set("court_application_date", "2021-01-01").insert();

        YearlyFigures y2020 = year(2020);
        assertThat(count(y2020, "coercion.measures")).isEqualTo(2);
        assertThat(count(y2020, "coercion.courtApplications")).isEqualTo(1);
        assertThat(count(year(2021), "coercion.measures")).isEqualTo(1);
        assertThat(count(year(2021), "coercion.courtApplications")).isEqualTo(1);
        assertConsistent(2020);
    }
}
