package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.documents.forms.Statement;
import org.casework.enforcement.WorkflowCommands.HearingRequest;
import org.casework.enforcement.WorkflowCommands.HearingResult;
import org.casework.enforcement.WorkflowCommands.HearingSchedule;
import org.casework.enforcement.WorkflowCommands.StatementReceived;
import org.casework.enforcement.WorkflowCommands.StatementsReview;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.junit.jupiter.api.Test;

/**
 * The hearing through the service: notice at least 7 working days ahead, a presider who did not
 * investigate, the clock paused from the request to the end of the hearing, a no-show ending it, and
 * the review after a defence that may lighten but never make the penalty heavier.
 */
class HearingStepsTest extends WorkflowTestBase {

    @Test
    void aHeldHearingIsRecordedWithItsClerkAndTheClockResumes() {
        long id = requested("听证戊", "8000");
        as("officer");
        LocalDate defended = workflow.work(id).record().firstDefenceDate();
        assertThat(defended).as("the statement recorded before the windows ran out").isNotNull();
        assertThatThrownBy(() -> workflow.scheduleHearing(id, schedule(drive.liMing, today().plusDays(10).atTime(9, 0))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("第六十四条第四项");
        LocalDateTime at = today().plusDays(14).atTime(9, 0);
        workflow.scheduleHearing(id, schedule(drive.wangLei, at));
        clock.setDay(at.toLocalDate());
        assertThatThrownBy(() -> workflow.recordHearing(id, new HearingResult(HearingOutcome.HELD, at, at.plusHours(1), List.of("王磊"),
                null, null, List.of(new Statement("当事人", "请求从轻")))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("记录员");
        clock.advanceDays(1);
        workflow.recordHearing(id, new HearingResult(HearingOutcome.HELD, at, at.plusHours(1), List.of("王磊"), "陈静", null,
                List.of(new Statement("当事人", "请求从轻"))));
        CaseWork work = workflow.work(id);
        assertThat(work.step(GeneralPenaltyProcedure.TASK_REVIEW_STATEMENTS)).isPresent();
        assertThat(work.record().form().hearingDate()).isEqualTo(at.toLocalDate());
        assertThat(work.pauses()).filteredOn(p -> p.kind() == PauseKind.HEARING).singleElement()
                .satisfies(p -> assertThat(p.to()).isEqualTo(at.toLocalDate().plusDays(1)));
        assertThat(work.clock().pausedDays()).isPositive();
        assertThat(work.record().firstDefenceDate()).as("kept by the later steps, which do not read the defences")
                .isEqualTo(defended);
    }

    @Test
    void aNoShowEndsTheHearingAndTheReviewNeverMakesThePenaltyHeavier() {
        long id = requested("听证己", "8000");
        as("officer");
        LocalDateTime at = today().plusDays(14).atTime(9, 0);
        workflow.scheduleHearing(id, schedule(drive.wangLei, at));
        clock.setDay(at.toLocalDate().plusDays(1));
        workflow.recordHearing(id, new HearingResult(HearingOutcome.NO_SHOW, null, null, null, null, null, null));
        CaseWork work = workflow.work(id);
        assertThat(work.procedure().hearingOutcome()).isEqualTo(HearingOutcome.NO_SHOW);
        assertThat(work.record().form().hearingDate()).isNull();
        assertThat(work.timeline()).anySatisfy(t -> assertThat(t.detail()).contains("视为放弃听证权利"));

        assertThatThrownBy(() -> workflow.reviewStatements(id, new StatementsReview(List.of(false), "不予采纳",
                List.of(ProposedPenalty.fine("9000"))))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("第四十五条第二款");
        workflow.reviewStatements(id, new StatementsReview(List.of(true), "采纳从轻意见", List.of(ProposedPenalty.fine("5000"))));
        assertThat(workflow.work(id).step(GeneralPenaltyProcedure.TASK_DECIDE_CASE)).isPresent();
    }

    /** Notified with a hearing-eligible fine; the party defended and asked for a hearing; the windows ran out. */
    private long requested(String party, String fine) {
        long id = drive.toPriorNotice(party, fine);
        drive.notifyParty(id);
        as("officer");
        workflow.recordStatement(id, new StatementReceived(today(), "罚款过重"));
        workflow.recordHearingRequest(id, new HearingRequest(today()));
        drive.letWindowsRunOut(id);
        assertThat(workflow.work(id).step(GeneralPenaltyProcedure.TASK_SCHEDULE_HEARING)).isPresent();
        return id;
    }

    private HearingSchedule schedule(long presider, LocalDateTime at) {
        return new HearingSchedule(at, "执法队听证室", presider, List.of(), "陈静", true, null, today());
    }
}
