package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casework.tasks.TaskForms;
import org.casework.tasks.TaskInboxService.TaskItem;

/**
 * A case worked through the workflow, as its screen shows it: the record, what the steps recorded,
 * the 90-day clock, every period with its legal source, the open steps (and whether the user may work
 * them), the timeline, evidence, measures, reviews and money.
 */
public record CaseWork(
        PenaltyCaseDetail record,
        ProcedureView procedure,
        DecisionClock clock,
        List<Deadline> deadlines,
        List<OpenStep> steps,
        List<TimelineEntry> timeline,
        List<EvidenceEntry> evidence,
        List<Preservation> preservations,
        List<NumberedMeasure> measures,
        List<Recusal> recusals,
        List<ReviewRound> reviews,
        List<Pause> pauses,
        Money money,
        boolean processRunning) {

    /** An open step of the case: the task, whether the signed-in user may work it, where it may be returned to. */
    public record OpenStep(TaskItem task, boolean mayWork, List<TaskForms.ReturnTarget> returnTargets) {
    }

    /** A coercive measure with its number in the case (used to extend or end it). */
    public record NumberedMeasure(int no, CoerciveMeasure measure) {
    }

    /** What the decision asks to be paid, what was paid, and the late surcharge run up today. */
    public record Money(BigDecimal payable, BigDecimal paid, BigDecimal outstanding, BigDecimal surchargeDue,
                        BigDecimal surchargePaid, LocalDate due, List<Instalment> instalments) {
    }

    public boolean isGeneral() {
        return record.form().procedure() == ProcedureType.GENERAL;
    }

    /** The open step with this BPMN id, if the case stands there. */
    public java.util.Optional<OpenStep> step(String taskKey) {
        return steps.stream().filter(s -> s.task().definitionKey().equals(taskKey)).findFirst();
    }
}
