package org.casework.enforcement;

import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_APPROVE_CLOSING;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_APPROVE_FILING;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_APPROVE_PROPOSAL;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_ARCHIVE_CASE;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_CHECK_LEAD;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_DECIDE_CASE;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_DISCUSS_CASE;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REPORT_INVESTIGATION;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REVIEW_CASE;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REVIEW_LEGALITY;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.casework.enforcement.process.CriminalTransferProcedure;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.enforcement.process.PublicationWithdrawal;
import org.casework.enforcement.process.SimplePenaltyProcedure;
import org.casework.tasks.TaskForms;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Tells the generic inbox where an enforcement task is worked (the case screen) and which earlier step
 * it may be returned to: filing approval to the lead check, a review or an approval back to the
 * investigation report, archiving back to the closing approval. A return is recorded on the timeline.
 */
@Component
class EnforcementTaskForms implements TaskForms {

    private static final ReturnTarget TO_LEAD_CHECK = new ReturnTarget(TASK_CHECK_LEAD, StepNames.of(TASK_CHECK_LEAD));
    private static final ReturnTarget TO_REPORT = new ReturnTarget(TASK_REPORT_INVESTIGATION, StepNames.of(TASK_REPORT_INVESTIGATION));
    private static final ReturnTarget TO_CLOSING = new ReturnTarget(TASK_APPROVE_CLOSING, StepNames.of(TASK_APPROVE_CLOSING));
    private static final Map<String, List<ReturnTarget>> TARGETS = Map.of(
            TASK_APPROVE_FILING, List.of(TO_LEAD_CHECK),
            TASK_REVIEW_LEGALITY, List.of(TO_REPORT),
            TASK_REVIEW_CASE, List.of(TO_REPORT),
            TASK_APPROVE_PROPOSAL, List.of(TO_REPORT),
            TASK_DISCUSS_CASE, List.of(TO_REPORT),
            TASK_DECIDE_CASE, List.of(TO_REPORT),
            TASK_ARCHIVE_CASE, List.of(TO_CLOSING));

    private final RuntimeService runtime;
    private final CaseFiles files;
    private final CaseTimeline timeline;
    private final PenaltyCaseService cases;

    EnforcementTaskForms(RuntimeService runtime, CaseFiles files, CaseTimeline timeline, PenaltyCaseService cases) {
        this.runtime = runtime;
        this.files = files;
        this.timeline = timeline;
        this.cases = cases;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(GeneralPenaltyProcedure.KEY, SimplePenaltyProcedure.KEY, CriminalTransferProcedure.KEY, PublicationWithdrawal.KEY);
    }

    @Override
    public String formRoute(TaskItem task) {
        return "enforcement/work/" + caseId(task);
    }

    @Override
    public List<ReturnTarget> returnTargets(TaskItem task) {
        if (!GeneralPenaltyProcedure.KEY.equals(task.processDefinitionKey())) {
            return List.of();
        }
        return TARGETS.getOrDefault(task.definitionKey(), List.of());
    }

    @Override
    public void onReturn(TaskItem task, ReturnTarget target, String reason) {
        CaseFile f = files.load(caseId(task));
        if (target.activityId().equals(TASK_REPORT_INVESTIGATION)) {
            f.reviews().stream().filter(r -> r.completedOn == null).forEach(files.reviews::delete);
            f.procedure.proposalApprovedOn = null;
            f.procedure.proposalApprovedBy = null;
        }
        if (target.activityId().equals(TASK_APPROVE_CLOSING)) {
            f.record.closedDate = null;
            cases.derive(f.record);
        }
        timeline.record(f.id(), StepNames.of(task.definitionKey()), "退回至“" + target.name() + "”", reason);
    }

    long caseId(TaskItem task) {
        Object id = runtime.getVariable(task.processInstanceId(), GeneralPenaltyProcedure.VAR_CASE_ID);
        return ((Number) id).longValue();
    }
}
