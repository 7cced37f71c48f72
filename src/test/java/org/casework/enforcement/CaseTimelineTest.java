package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timeline's entries are written in a batch when the session flushes: a read in the same transaction
 * sees them, a rollback takes them away, and the time and day read back are those recorded.
 */
class CaseTimelineTest extends WorkflowTestBase {

    @Autowired
    CaseTimeline timeline;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anEntryIsReadInItsOwnTransactionWithItsTimeAndDay() {
        long id = drive.lead("时间线甲");
        clock.advanceDays(1);

        List<TimelineEntry> seen = tx.execute(s -> {
            timeline.record(id, "测试步骤", "测试动作", "测试说明");
            return timeline.of(id);
        });

        TimelineEntry last = seen.get(seen.size() - 1);
        assertThat(last.action()).isEqualTo("测试动作");
        assertThat(last.actor()).isEqualTo("officer");
        assertThat(last.day()).isEqualTo(today());
        assertThat(last.occurredAt().getEpochSecond()).as("no time-zone shift").isEqualTo(clock.instant().getEpochSecond());
        assertThat(timeline.of(id)).as("committed").extracting(TimelineEntry::action).endsWith("测试动作");
        assertThat(timeline.of(id).get(seen.size() - 1).occurredAt().getEpochSecond())
                .isEqualTo(clock.instant().getEpochSecond());
    }

    @Test
    void aRolledBackStepLeavesNoEntry() {
        long id = drive.lead("时间线乙");
        int before = timeline.of(id).size();

        tx.executeWithoutResult(s -> {
            timeline.record(id, "测试步骤", "不会留下", null);
            assertThat(timeline.of(id)).hasSize(before + 1);
            s.setRollbackOnly();
        });

        assertThat(timeline.of(id)).hasSize(before).extracting(TimelineEntry::action).doesNotContain("不会留下");
    }

    @Test
    void anEntryOutsideATransactionIsRefused() {
        long id = drive.lead("时间线丙");

        assertThatThrownBy(() -> timeline.record(id, "测试步骤", "无事务", null)).isInstanceOf(IllegalStateException.class);
        assertThat(timeline.of(id)).extracting(TimelineEntry::action).doesNotContain("无事务");
    }
}
