package org.casework.remedies;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.reporting.FigureTestBase;
import org.casework.reporting.YearlyFigures;
import org.junit.jupiter.api.Test;

/** Reconsideration and litigation figures, hand-computed: 部分撤销 as 撤销, redo only on revocations, heads only. */
class RemedyFiguresTest extends FigureTestBase {

    private void reconsideration(String received, String concluded, String outcome, boolean redo) {
        fx.reconsideration(tree.root(), received).set("concluded_date", concluded).set("outcome", outcome)
                .set("redo_ordered", redo).insert();
    }

    @Test
    void reconsiderationsByOutcomeWithPartialRevocationsAsRevocations() {
        reconsideration("2020-01-10", "2020-03-01", "UPHELD", false);                 // a
        reconsideration("2020-02-01", "2020-04-01", "CLAIM_REJECTED", false);         // b
        reconsideration("2020-02-02", "2020-05-01", "APPLICATION_DISMISSED", false);  // c
        reconsideration("2020-03-01", "2020-06-01", "VARIED", false);                 // d
        reconsideration("2020-03-02", "2020-07-01", "REVOKED", true);                 // e redo
        reconsideration("2020-03-03", "2020-07-02", "PARTIALLY_REVOKED", true);       // f redo
        reconsideration("2020-03-04", "2020-07-03", "PARTIALLY_REVOKED", false);      // g
        reconsideration("2020-04-01", "2020-08-01", "UPHELD", true);                  // h flag on an upheld case: no redo
        reconsideration("2020-05-01", "2020-09-01", "MEDIATED", false);               // i
        reconsideration("2020-06-01", "2021-01-02", "CONFIRMED_ILLEGAL", false);      // j pending at 2020 end
        reconsideration("2019-12-31", "2020-01-01", "TERMINATED", false);             // k
        reconsideration("2020-12-31", null, null, false);                              // l never concluded
        reconsideration("2021-03-01", null, null, false);                              // m
        fx.reconsideration(tree.street(), "2020-07-01").set("concluded_date", "2020-12-31")
                .set("outcome", "ORDERED_TO_PERFORM").insert();                         // n

        YearlyFigures f = year(2020);
        assertThat(count(f, "reconsideration.received")).isEqualTo(12);
        assertThat(count(f, "reconsideration.concluded")).isEqualTo(11);
        assertThat(count(f, "reconsideration.concluded.byOutcome.UPHELD")).isEqualTo(2);
        assertThat(count(f, "reconsideration.concluded.byOutcome.CLAIM_REJECTED")).isEqualTo(1);
        assertThat(count(f, "reconsideration.concluded.byOutcome.APPLICATION_DISMISSED")).isEqualTo(1);
        assertThat(count(f, "reconsideration.concluded.byOutcome.VARIED")).isEqualTo(1);
        assertThat(count(f, "reconsideration.concluded.byOutcome.REVOKED")).isEqualTo(3);
        assertThat(count(f, "reconsideration.concluded.byOutcome.MEDIATED")).isEqualTo(1);
        assertThat(count(f, "reconsideration.concluded.byOutcome.TERMINATED")).isEqualTo(1);
        assertThat(count(f, "reconsideration.concluded.byOutcome.ORDERED_TO_PERFORM")).isEqualTo(1);
        assertThat(count(f, "reconsideration.concluded.byOutcome.CONFIRMED_ILLEGAL")).isZero();
        assertThat(f.figures()).doesNotContainKey("reconsideration.concluded.byOutcome.PARTIALLY_REVOKED");
        assertThat(count(f, "reconsideration.redoOrdered")).isEqualTo(2);
        assertThat(count(f, "reconsideration.pending")).isEqualTo(2);
        assertThat(rate(f, "reconsideration.correctionRate")).isEqualTo("5/8");
        assertThat(f.get("reconsideration.correctionRate").percentText()).isEqualTo("62.5%");
        assertThat(rate(f, "reconsideration.correctionRateAllConcluded")).isEqualTo("5/11");
        assertThat(f.get("reconsideration.correctionRateAllConcluded").percentText()).isEqualTo("45.5%");

        YearlyFigures next = year(2021);
        assertThat(count(next, "reconsideration.received")).isEqualTo(1);
        assertThat(count(next, "reconsideration.concluded")).isEqualTo(1);
        assertThat(count(next, "reconsideration.concluded.byOutcome.CONFIRMED_ILLEGAL")).isEqualTo(1);
        assertThat(count(next, "reconsideration.pending")).isEqualTo(1);
        assertThat(rate(next, "reconsideration.correctionRate")).isEqualTo("1/1");
        assertThat(count(year(2020, tree.street(), false), "reconsideration.concluded")).isEqualTo(1);
        assertConsistent(2020);
        assertConsistent(2021);
    }

    private void instance(String level, String received, String hearing, Boolean head, String role, String concluded, String result) {
        fx.litigation(tree.root(), level, received).set("hearing_date", hearing).set("head_appeared", head)
                .set("head_role", role).set("concluded_date", concluded).set("result", result).insert();
    }

    @Test
    void litigationCountsInstancesHeadsOnlyWhenAHeadAppearedAndLossesByJudgment() {
        instance("FIRST", "2020-01-05", "2020-03-01", true, "PRINCIPAL", "2020-05-01", "CLAIM_REJECTED");     // L1
        instance("FIRST", "2020-02-01", "2020-04-01", true, "OTHER_STAFF", "2020-06-01", "ORDERED_TO_PAY");   // L2 not a head; lost
        instance("SECOND", "2020-07-01", "2020-09-01", true, "DEPUTY", "2020-10-01", "APPEAL_DISMISSED");     // L3
        instance("FIRST", "2020-03-01", "2020-05-01", false, null, "2020-08-01", "REVOKED");                  // L4 lost
        instance("FIRST", "2020-04-01", null, false, null, "2020-06-01", "WITHDRAWAL_ALLOWED");               // L5 no hearing
        instance("RETRIAL", "2020-12-31", "2021-01-10", true, "IN_CHARGE", "2021-03-01", "REMANDED");         // L6
        instance("FIRST", "2019-12-30", "2020-01-02", true, "IN_CHARGE", "2020-02-01", "SUIT_DISMISSED");     // L7 not lost
        instance("FIRST", "2020-05-01", "2020-06-01", false, null, "2020-07-01", null);                       // L8 no judgment

        YearlyFigures f = year(2020);
        assertThat(count(f, "litigation.instances")).isEqualTo(7);
        assertThat(count(f, "litigation.instances.byInstance.FIRST")).isEqualTo(5);
        assertThat(count(f, "litigation.instances.byInstance.SECOND")).isEqualTo(1);
        assertThat(count(f, "litigation.instances.byInstance.RETRIAL")).isEqualTo(1);
        assertThat(count(f, "litigation.hearings")).isEqualTo(6);
        assertThat(count(f, "litigation.headAppearances")).isEqualTo(3);
        assertThat(rate(f, "litigation.headAppearanceRate")).isEqualTo("3/6");
        assertThat(f.get("litigation.headAppearanceRate").formula()).isEqualTo("负责人出庭的开庭审次 ÷ 本年开庭审次");
        assertThat(count(f, "litigation.concluded")).isEqualTo(6);
        assertThat(count(f, "litigation.lost")).isEqualTo(2);
        assertThat(rate(f, "litigation.lossRate")).isEqualTo("2/6");
        assertThat(f.get("litigation.lossRate").percentText()).isEqualTo("33.3%");

        YearlyFigures next = year(2021);
        assertThat(count(next, "litigation.instances")).isZero();
        assertThat(rate(next, "litigation.headAppearanceRate")).isEqualTo("1/1");
        assertThat(next.get("litigation.headAppearanceRate").value()).isEqualTo(1.0);
        assertThat(rate(next, "litigation.lossRate")).isEqualTo("0/1");
        assertConsistent(2020);
    }
}
