package org.casework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.casework.calendar.WorkCalendar;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.SystemUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Figure tests: a fresh organisation tree per test, rows inserted directly, figures computed through
 * {@link FigureService} as the tree's leader.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class FigureTestBase {

    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected OrgService orgService;
    @Autowired
    protected SystemUsers systemUsers;
    @Autowired
    protected WorkCalendar calendar;
    @Autowired
    protected UserDetailsService userDetails;
    @Autowired
    protected FigureService figures;

    protected FigureFixtures fx;
    protected FigureFixtures.Tree tree;

    @BeforeEach
    void setUpTree() {
        fx = new FigureFixtures(jdbc, orgService, systemUsers, calendar, userDetails);
        tree = fx.tree();
        fx.signIn(tree.leader());
    }

    @AfterEach
    void signOut() {
        FigureFixtures.signOut();
    }

    /** The figures of the whole test tree. */
    protected YearlyFigures year(int year) {
        return figures.yearly(year, tree.root().code(), true);
    }

    protected YearlyFigures year(int year, OrgRef org, boolean subtree) {
        return figures.yearly(year, org.code(), subtree);
    }

    protected static long count(YearlyFigures f, String key) {
        FigureValue v = f.get(key);
        assertThat(v).as("figure %s present", key).isNotNull();
        assertThat(v.isRate()).as("%s is a count", key).isFalse();
        return v.value().longValue();
    }

    protected static BigDecimal amount(YearlyFigures f, String key) {
        FigureValue v = f.get(key);
        assertThat(v).as("figure %s present", key).isNotNull();
        return (BigDecimal) v.value();
    }

    /** "n/d" of a rate. */
    protected static String rate(YearlyFigures f, String key) {
        FigureValue v = f.get(key);
        assertThat(v).as("figure %s present", key).isNotNull();
        assertThat(v.isRate()).as("%s is a rate", key).isTrue();
        return v.numerator() + "/" + v.denominator();
    }

    /** Every record behind a key (all pages), as {@link FigureService#drill} lists them. */
    protected java.util.List<DrillRow> drillAll(int year, String key, String side) {
        java.util.List<DrillRow> rows = new java.util.ArrayList<>();
        int page = 0;
        while (true) {
            var chunk = figures.drill(year, tree.root().code(), true, key, side, page * 100, 100);
            rows.addAll(chunk);
            if (chunk.size() < 100) {
                return rows;
            }
            page++;
        }
    }

    /**
     * Every count and sum of the year has a drill-down list of exactly its size (or amount), every rate
     * lists its numerator and denominator, and every breakdown adds up to its parent.
     */
    protected void assertConsistent(int year) {
        YearlyFigures f = year(year);
        for (var e : f.figures().entrySet()) {
            String key = e.getKey();
            FigureValue v = e.getValue();
            if (v.isRate()) {
                assertThat(figures.drillSize(year, tree.root().code(), true, key, "numerator")).as(key + " numerator")
                        .isEqualTo(v.numerator());
                assertThat(figures.drillSize(year, tree.root().code(), true, key, "denominator")).as(key + " denominator")
                        .isEqualTo(v.denominator());
                continue;
            }
            var rows = drillAll(year, key, null);
            Figure figure = figures.figureOf(key);
            boolean summed = figure instanceof Figure.Sum || figure instanceof Figure.Breakdown b && b.amountExpr() != null;
            if (summed) {
                BigDecimal listed = rows.stream().map(r -> r.amount() == null ? BigDecimal.ZERO : r.amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(listed).as(key + " sum over its list").isEqualByComparingTo(v.amount());
            } else {
                assertThat((long) rows.size()).as(key + " list size").isEqualTo(v.value().longValue());
            }
        }
        for (Figure figure : figures.catalogue()) {
            if (figure instanceof Figure.Breakdown b) {
                BigDecimal parts = f.figures().entrySet().stream().filter(e -> e.getKey().startsWith(b.key() + "."))
                        .map(e -> e.getValue().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(parts).as(b.key() + " adds up to " + b.parentKey()).isEqualByComparingTo(f.get(b.parentKey()).amount());
            }
        }
    }
}
