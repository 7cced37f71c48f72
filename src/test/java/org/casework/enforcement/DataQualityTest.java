package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import org.casework.party.PartyKind;
import org.junit.jupiter.api.Test;

class DataQualityTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 5, 6);

    @Test
    void childrenAfterTheDecisionAreNoted() {
        List<String> notes = DataQuality.notes(decided(List.of(StatementDefence.on(DECIDED.plusDays(1))),
                List.of(CollectiveDiscussion.on(DECIDED.plusDays(2))), List.of(new PenaltyPayment(null, new BigDecimal("200"), BigDecimal.ZERO))),
                null, null);

        assertThat(notes).hasSize(3);
        assertThat(notes.get(0)).startsWith("陈述申辩日期（2025-05-07）晚于决定日期（2025-05-06）");
        assertThat(notes.get(1)).startsWith("集体讨论日期（2025-05-08）晚于决定日期（2025-05-06）");
        assertThat(notes.get(2)).startsWith("填写了实缴金额或加处罚款但没有缴款日期");
    }

    @Test
    void keptLinesComeFromTheStoredNotesWithoutReadingTheChildren() {
        String stored = DataQuality.join(List.of("陈述申辩日期（2025-05-07）晚于决定日期（2025-05-06）：……", "送达日期（2025-05-01）早于决定日期（2025-05-06）",
                "缴款日期（2025-05-02）早于决定日期（2025-05-06）", "填写了实缴金额或加处罚款但没有缴款日期：……"));

        List<String> notes = DataQuality.notes(decided(unread(), unread(), unread()), null, null,
                DataQuality.Kept.of(stored, true, true));

        // the service-date line is not kept: it is computed again from the form (which has no service date now)
        assertThat(notes).containsExactly("陈述申辩日期（2025-05-07）晚于决定日期（2025-05-06）：……",
                "缴款日期（2025-05-02）早于决定日期（2025-05-06）", "填写了实缴金额或加处罚款但没有缴款日期：……");
    }

    @Test
    void onlyWhatIsKeptIsTakenOver() {
        String stored = DataQuality.join(List.of("集体讨论日期（2025-05-08）晚于决定日期（2025-05-06）：……", "填写了实缴金额或加处罚款但没有缴款日期：……"));

        List<String> notes = DataQuality.notes(decided(unread(), unread(), List.of()), null, null,
                DataQuality.Kept.of(stored, true, false));

        assertThat(notes).containsExactly("集体讨论日期（2025-05-08）晚于决定日期（2025-05-06）：……");
    }

    @Test
    void notesCutToTheColumnAreNotKept() {
        String cut = DataQuality.join(List.of("陈述申辩日期（2025-05-07）晚于决定日期（2025-05-06）：" + "很长".repeat(1000)));

        assertThat(cut).hasSize(DataQuality.MAX_LENGTH);
        assertThat(DataQuality.Kept.of(cut, true, true)).satisfies(k -> {
            assertThat(k.statements()).isFalse();
            assertThat(k.payments()).isFalse();
        });
        assertThat(DataQuality.Kept.of(null, true, false).statements()).isTrue();
    }

    private static PenaltyCaseForm decided(List<StatementDefence> defences, List<CollectiveDiscussion> discussions,
                                           List<PenaltyPayment> payments) {
        return new PenaltyCaseForm(1L, "东执罚〔2025〕1号", ProcedureType.GENERAL, PartyKind.PERSON, "张三", null, "占道经营", null, null,
                null, null, DECIDED.minusDays(40), DECIDED.minusDays(30), 0, 0, List.of(), DECIDED, PenaltyOutcome.PENALTY, null,
                List.of(), new BigDecimal("200"), null, false, null, discussions, defences, null, null, null, null, null, null, null,
                null, null, payments, List.of(), null, null, null);
    }

    /** A child list that fails the test when read. */
    private static <T> List<T> unread() {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                throw new AssertionError("child list read");
            }

            @Override
            public int size() {
                throw new AssertionError("child list read");
            }
        };
    }
}
