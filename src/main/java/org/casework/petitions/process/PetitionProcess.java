package org.casework.petitions.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.casework.petitions.PetitionStage;

/**
 * Ids and names of bpmn/petitions/PetitionProcess.bpmn (信访事项办理). Code and tests use these, never
 * string literals. The instance carries only {@link #VAR_PETITION_ID} and two routing answers; the
 * petition itself lives in our tables (business key = petition number).
 */
public final class PetitionProcess {

    public static final String KEY = "PetitionProcess";
    public static final String RESOURCE = "bpmn/petitions/PetitionProcess.bpmn";

    public static final String VAR_PETITION_ID = "petitionId";
    /** Answer of 办理信访事项: {@link #OUTCOME_CLOSED} or {@link #OUTCOME_EXTENSION_REQUESTED}. */
    public static final String VAR_HANDLING_OUTCOME = "handlingOutcome";
    public static final String OUTCOME_CLOSED = "CLOSED";
    public static final String OUTCOME_EXTENSION_REQUESTED = "EXTENSION_REQUESTED";
    /** Answer of 审批延期 (Boolean). */
    public static final String VAR_EXTENSION_APPROVED = "extensionApproved";

    public static final String MSG_REVIEW_REQUESTED = "Msg_ReviewRequested";
    public static final String MSG_REEXAMINATION_REQUESTED = "Msg_ReexaminationRequested";

    public static final String START_PETITION_REGISTERED = "StartEvent_PetitionRegistered";
    public static final String SUBPROCESS_ACKNOWLEDGEMENT = "SubProcess_Acknowledgement";
    public static final String TASK_ROUTE_PETITION = "Task_RoutePetition";
    public static final String TASK_ACKNOWLEDGE_PETITION = "Task_AcknowledgePetition";
    public static final String TIMER_ACKNOWLEDGEMENT_DUE_SOON = "BoundaryEvent_AcknowledgementDueSoon";
    public static final String TIMER_ACKNOWLEDGEMENT_OVERDUE = "BoundaryEvent_AcknowledgementOverdue";
    public static final String SUBPROCESS_HANDLING = "SubProcess_Handling";
    public static final String TASK_HANDLE_PETITION = "Task_HandlePetition";
    public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
    public static final String TIMER_CLOSING_DUE_SOON = "BoundaryEvent_ClosingDueSoon";
    public static final String TIMER_CLOSING_OVERDUE = "BoundaryEvent_ClosingOverdue";
    public static final String TASK_FLAG_BACKLOG = "Task_FlagBacklog";
    public static final String TASK_RECORD_RATING = "Task_RecordRating";
    public static final String MESSAGE_REVIEW_REQUESTED_BEFORE_RATING = "BoundaryEvent_ReviewRequestedBeforeRating";
    public static final String TIMER_RATING_WINDOW_CLOSED = "BoundaryEvent_RatingWindowClosed";
    public static final String GATEWAY_REVIEW_REQUESTED = "Gateway_ReviewRequested";
    public static final String EVENT_REVIEW_REQUESTED = "Event_ReviewRequested";
    public static final String EVENT_REVIEW_WINDOW_CLOSED = "Event_ReviewWindowClosed";
    public static final String TASK_REVIEW_PETITION = "Task_ReviewPetition";
    public static final String TIMER_REVIEW_DUE_SOON = "BoundaryEvent_ReviewDueSoon";
    public static final String TIMER_REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";
    public static final String GATEWAY_REEXAMINATION_REQUESTED = "Gateway_ReexaminationRequested";
    public static final String EVENT_REEXAMINATION_REQUESTED = "Event_ReexaminationRequested";
    public static final String EVENT_REEXAMINATION_WINDOW_CLOSED = "Event_ReexaminationWindowClosed";
    public static final String TASK_REEXAMINE_PETITION = "Task_ReexaminePetition";
    public static final String TIMER_REEXAMINATION_DUE_SOON = "BoundaryEvent_ReexaminationDueSoon";
    public static final String TIMER_REEXAMINATION_OVERDUE = "BoundaryEvent_ReexaminationOverdue";
    public static final String TASK_FINISH_PETITION = "Task_FinishPetition";
    public static final String END_PETITION_CONCLUDED = "EndEvent_PetitionConcluded";

    /** The wait states and the stage a petition is at while the process waits there. */
    public static final Map<String, PetitionStage> STAGES = Map.of(
            TASK_ROUTE_PETITION, PetitionStage.ROUTING,
            TASK_ACKNOWLEDGE_PETITION, PetitionStage.ACKNOWLEDGEMENT,
            TASK_HANDLE_PETITION, PetitionStage.HANDLING,
            TASK_APPROVE_EXTENSION, PetitionStage.EXTENSION_APPROVAL,
            TASK_RECORD_RATING, PetitionStage.RATING,
            GATEWAY_REVIEW_REQUESTED, PetitionStage.REVIEW_WINDOW,
            TASK_REVIEW_PETITION, PetitionStage.REVIEW,
            GATEWAY_REEXAMINATION_REQUESTED, PetitionStage.REEXAMINATION_WINDOW,
            TASK_REEXAMINE_PETITION, PetitionStage.REEXAMINATION,
            END_PETITION_CONCLUDED, PetitionStage.FINISHED);

    /** The user task a petition waits at in each stage (stages without one wait for a message or a timer). */
    public static final Map<PetitionStage, String> TASKS = Map.of(
            PetitionStage.ROUTING, TASK_ROUTE_PETITION,
            PetitionStage.ACKNOWLEDGEMENT, TASK_ACKNOWLEDGE_PETITION,
            PetitionStage.HANDLING, TASK_HANDLE_PETITION,
            PetitionStage.EXTENSION_APPROVAL, TASK_APPROVE_EXTENSION,
            PetitionStage.RATING, TASK_RECORD_RATING,
            PetitionStage.REVIEW, TASK_REVIEW_PETITION,
            PetitionStage.REEXAMINATION, TASK_REEXAMINE_PETITION);

    /** The petition an execution belongs to. */
    public static long petitionId(VariableScope execution) {
        return ((Number) execution.getVariable(VAR_PETITION_ID)).longValue();
    }

    private PetitionProcess() {
    }
}
