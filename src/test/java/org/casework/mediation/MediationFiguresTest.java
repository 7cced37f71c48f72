package org.casework.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.org.MediationBodyType;
import org.casework.org.OrgType;
import org.casework.reporting.FigureTestBase;
import org.casework.reporting.YearlyFigures;
import org.junit.jupiter.api.Test;

/** Mediation figures, hand-computed: the row's own kind, agreements only, stock at year end, escalation. */
class MediationFiguresTest extends FigureTestBase {

    @Test
    void bodiesAndMediatorsInScopeAtYearEnd() {
        fx.org(tree.prefix() + "-GR", "个人调解室" + tree.prefix(), tree.street(), OrgType.OTHER, MediationBodyType.PERSONAL);
        var closed = fx.org(tree.prefix() + "-OLD", "已撤销调委会" + tree.prefix(), tree.street(), OrgType.MEDIATION_COMMITTEE, null);
        jdbc.update("UPDATE org_unit SET active = FALSE WHERE id = ?", closed.id());
        fx.mediator(tree.committee(), "m1", "2019-01-01", null);
        fx.mediator(tree.committee(), "m2 appointed 12-31", "2020-12-31", null);
        fx.mediator(tree.committee(), "m3 dismissed 12-31", "2019-01-01", "2020-12-31");
        fx.mediator(tree.centre(), "m4 dismissed 01-01", "2019-01-01", "2021-01-01");
        fx.mediator(tree.centre(), "m5 appointed next year", "2021-01-01", null);

        YearlyFigures f = year(2020);
        assertThat(count(f, "mediation.committees")).isEqualTo(3);
        assertThat(count(year(2020, tree.street(), true), "mediation.committees")).isEqualTo(2);
        assertThat(count(year(2020, tree.root(), false), "mediation.committees")).isZero();
        assertThat(count(f, "mediation.mediators")).isEqualTo(3);      // m1 m2 m4
        assertThat(count(year(2021), "mediation.mediators")).isEqualTo(3);  // m1 m2 m5
        assertThat(count(year(2020, tree.centre(), true), "mediation.mediators")).isEqualTo(1);
        assertConsistent(2020);
    }

    @Test
    void disputesByAcceptanceClosingAgreementAndConfirmationDates() {
        var c = tree.committee();
        long d1 = fx.closedDispute(c, "2020-01-01", "2020-02-01", "WRITTEN").set("agreement_amount", "1000.50").insert();
        fx.followUp(d1, "2020-03-01");
        fx.closedDispute(c, "2020-03-01", "2020-03-15", "ORAL").set("intake_source", "INITIATIVE").set("category", "婚姻家庭").insert();
        long d3 = fx.closedDispute(tree.centre(), "2020-04-01", "2020-05-01", "TERMINATED").set("intake_source", "REFERRED")
                .set("category", "合同").set("mediation_kind", "CENTRE").insert();
        fx.followUp(d3, "2020-06-01");
        long d4 = fx.closedDispute(tree.centre(), "2020-12-31", "2021-01-05", "WRITTEN").set("mediation_kind", "ADMINISTRATIVE")
                .set("agreement_amount", "200").insert();
        fx.followUp(d4, "2022-02-01");
        fx.closedDispute(c, "2019-12-20", "2020-01-03", "WRITTEN").set("category", "物业").set("agreement_amount", "300")
                .set("judicial_confirmation_date", "2020-02-01").insert();
        fx.dispute(c, "2020-06-01").set("category", "劳动争议").insert();
        fx.closedDispute(c, "2020-07-01", "2020-08-01", "TERMINATED").set("risk_flag", true).set("persons_involved", 5).insert();
        fx.closedDispute(c, "2020-07-02", "2020-08-02", "TERMINATED").set("risk_flag", true).set("persons_involved", 3)
                .set("escalated", true).insert();
        long d9 = fx.closedDispute(c, "2020-07-03", "2020-08-03", "WRITTEN").set("risk_flag", true).set("persons_involved", 4)
                .set("agreement_amount", "50").insert();
        fx.followUp(d9, "2020-09-01");
        fx.closedDispute(c, "2020-07-04", "2020-08-04", "ORAL").set("persons_involved", 9).insert();
        fx.closedDispute(c, "2021-11-01", "2021-12-10", "WRITTEN").set("judicial_confirmation_date", "2022-01-04").insert();

        YearlyFigures f = year(2020);
        assertThat(count(f, "mediation.received")).isEqualTo(9);
        assertThat(count(f, "mediation.received.bySource.APPLIED")).isEqualTo(7);
        assertThat(count(f, "mediation.received.bySource.INITIATIVE")).isEqualTo(1);
        assertThat(count(f, "mediation.received.bySource.REFERRED")).isEqualTo(1);
        assertThat(count(f, "mediation.received.byCategory.邻里")).isEqualTo(6);
        assertThat(count(f, "mediation.received.byCategory.婚姻家庭")).isEqualTo(1);
        assertThat(count(f, "mediation.received.byCategory.合同")).isEqualTo(1);
        assertThat(count(f, "mediation.received.byCategory.劳动争议")).isEqualTo(1);
        assertThat(f.figures()).doesNotContainKey("mediation.received.byCategory.物业");
        assertThat(count(f, "mediation.received.byKind.PEOPLE")).isEqualTo(7);
        assertThat(count(f, "mediation.received.byKind.CENTRE")).isEqualTo(1);
        assertThat(count(f, "mediation.received.byKind.ADMINISTRATIVE")).isEqualTo(1);
        assertThat(count(f, "mediation.concluded")).isEqualTo(8);
        assertThat(count(f, "mediation.succeeded")).isEqualTo(5);
        assertThat(rate(f, "mediation.successRate")).isEqualTo("5/8");
        assertThat(count(f, "mediation.open")).isEqualTo(2);
        assertThat(amount(f, "mediation.agreementAmount")).hasToString("1350.50");
        assertThat(count(f, "mediation.judicialConfirmations")).isEqualTo(1);
        assertThat(rate(f, "mediation.followUpRate")).isEqualTo("2/5");
        assertThat(count(f, "mediation.escalationPrevented")).isEqualTo(2);
        assertThat(count(f, "mediation.escalationPrevented.persons")).isEqualTo(9);

        YearlyFigures next = year(2021);
        assertThat(count(next, "mediation.open")).isEqualTo(1);
        assertThat(count(next, "mediation.judicialConfirmations")).isZero();
        assertThat(rate(next, "mediation.followUpRate")).isEqualTo("1/2");
        assertThat(amount(next, "mediation.agreementAmount")).hasToString("200.00");
        assertThat(count(year(2022), "mediation.judicialConfirmations")).isEqualTo(1);
        assertThat(count(year(2020, tree.centre(), false), "mediation.received")).isEqualTo(2);
        assertConsistent(2020);
        assertConsistent(2021);
    }

    @Test
    void theSuccessRateOfTheWorkedExampleRoundsHalfUpFromTheExactFraction() {
        var rate = org.casework.reporting.FigureValue.rate(4555, 4621, "调解成功件数 ÷ 本年办结件数");
        assertThat(rate.percentText()).isEqualTo("98.6%");
        assertThat(org.casework.reporting.FigureValue.rate(1, 8, "").percentText()).isEqualTo("12.5%");
        assertThat(org.casework.reporting.FigureValue.rate(1, 16, "").percentText()).isEqualTo("6.3%");
    }
}
