package org.casework.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.reporting.FigureTestBase;
import org.casework.reporting.YearlyFigures;
import org.junit.jupiter.api.Test;

/** Petition figures, hand-computed: closing on the due date is on time, 未评价 is not rated. */
class PetitionFiguresTest extends FigureTestBase {

    @Test
    void petitionsByChannelClosingDeadlineRatingAndBacklog() {
        var root = tree.root();
        fx.petition(root, "12345", "2020-01-10").set("due_date", "2020-01-25").set("closed_date", "2020-01-25").set("rating", "SATISFIED").insert();
        fx.petition(root, "来访", "2020-02-01").set("due_date", "2020-02-10").set("closed_date", "2020-02-11").set("rating", "DISSATISFIED").insert();
        fx.petition(tree.street(), "12345", "2020-03-01").set("due_date", "2020-03-20").set("closed_date", "2020-03-10")
                .set("rating", "BASICALLY_SATISFIED").insert();
        fx.petition(root, "电话", "2020-12-30").set("due_date", "2021-01-10").set("closed_date", "2021-01-05").set("rating", "NOT_RATED").insert();
        fx.petition(root, "8890", "2020-05-01").set("closed_date", "2020-05-05").insert();
        fx.petition(root, "12345", "2019-12-28").set("due_date", "2020-01-05").set("closed_date", "2020-01-03").set("rating", "SATISFIED")
                .set("backlog", true).set("resolved", true).insert();
        fx.petition(root, "督办", "2020-06-01").set("backlog", true).insert();
        fx.petition(root, "来访", "2020-07-01").set("due_date", "2020-07-15").set("closed_date", "2020-07-10")
                .set("backlog", true).set("resolved", false).insert();
        fx.petition(root, "城运平台", "2020-08-01").set("due_date", "2020-07-20").set("closed_date", "2020-08-05").insert();

        YearlyFigures f = year(2020);
        assertThat(count(f, "petition.received")).isEqualTo(8);
        assertThat(count(f, "petition.received.byChannel.12345")).isEqualTo(2);
        assertThat(count(f, "petition.received.byChannel.来访")).isEqualTo(2);
        assertThat(count(f, "petition.received.byChannel.电话")).isEqualTo(1);
        assertThat(count(f, "petition.received.byChannel.8890")).isEqualTo(1);
        assertThat(count(f, "petition.received.byChannel.督办")).isEqualTo(1);
        assertThat(count(f, "petition.received.byChannel.城运平台")).isEqualTo(1);
        assertThat(f.figures()).doesNotContainKey("petition.received.byChannel.来信");
        assertThat(count(f, "petition.closed")).isEqualTo(7);
        assertThat(rate(f, "petition.closedRate")).isEqualTo("6/8");
        assertThat(rate(f, "petition.onTimeRate")).isEqualTo("4/7");
        assertThat(f.get("petition.onTimeRate").percentText()).isEqualTo("57.1%");
        assertThat(rate(f, "petition.satisfactionRate")).isEqualTo("3/4");
        assertThat(count(f, "petition.backlogResolved")).isEqualTo(1);

        YearlyFigures next = year(2021);
        assertThat(count(next, "petition.received")).isZero();
        assertThat(count(next, "petition.closed")).isEqualTo(1);
        assertThat(rate(next, "petition.onTimeRate")).isEqualTo("1/1");
        assertThat(rate(next, "petition.satisfactionRate")).isEqualTo("0/0");
        assertThat(rate(next, "petition.closedRate")).isEqualTo("0/0");
        assertThat(count(year(2020, tree.street(), false), "petition.received")).isEqualTo(1);
        assertThat(count(year(2020, root, false), "petition.received")).isEqualTo(7);
        assertConsistent(2020);
        assertConsistent(2021);
    }
}
