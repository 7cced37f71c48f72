package org.casework.mediation.process;

/**
 * The ids of {@code bpmn/mediation/DisputeMediationProcess.bpmn}: the process, its variable, its user
 * tasks (the steps a mediator works) and the events the tests look for.
 */
public final class DisputeMediationProcess {

    public static final String PROCESS_ID = "DisputeMediationProcess";
    public static final String RESOURCE = "bpmn/mediation/DisputeMediationProcess.bpmn";

    /** The only process variable: the id of the dispute (business key = dispute number). */
    public static final String VAR_DISPUTE_ID = "disputeId";

    public static final String TASK_CHECK_WILLINGNESS = "Task_CheckWillingness";
    public static final String TASK_REGISTER_DISPUTE = "Task_RegisterDispute";
    public static final String TASK_ASSIGN_MEDIATORS = "Task_AssignMediators";
    public static final String TASK_HOLD_SESSION = "Task_HoldSession";
    public static final String TASK_REPORT_RISK = "Task_ReportRisk";
    public static final String TASK_DECIDE_ON_TIME_LIMIT = "Task_DecideOnTimeLimit";
    public static final String TASK_SIGN_WRITTEN_AGREEMENT = "Task_SignWrittenAgreement";
    public static final String TASK_RECORD_ORAL_AGREEMENT = "Task_RecordOralAgreement";
    public static final String TASK_TERMINATE_MEDIATION = "Task_TerminateMediation";
    public static final String TASK_VISIT_PARTIES = "Task_VisitParties";
    public static final String TASK_RECORD_CONFIRMATION_APPLICATION = "Task_RecordConfirmationApplication";
    public static final String TASK_RECORD_COURT_DECISION = "Task_RecordCourtDecision";
    public static final String TASK_ARCHIVE_CASE_FILE = "Task_ArchiveCaseFile";

    public static final String SUBPROCESS_MEDIATION = "SubProcess_Mediation";
    public static final String TIMER_TIME_LIMIT_REACHED = "Timer_TimeLimitReached";
    public static final String TIMER_FOLLOW_UP_DUE = "Timer_FollowUpDue";
    public static final String TIMER_CONFIRMATION_WINDOW_CLOSED = "Timer_ConfirmationWindowClosed";
    public static final String SERVICE_TASK_RECORD_TIME_LIMIT_REACHED = "ServiceTask_RecordTimeLimitReached";
    public static final String SERVICE_TASK_RECORD_CONFIRMATION_NOT_APPLIED = "ServiceTask_RecordConfirmationNotApplied";

    public static final String END_EVENT_MEDIATION_REFUSED = "EndEvent_MediationRefused";
    public static final String END_EVENT_CASE_ARCHIVED = "EndEvent_CaseArchived";

    private DisputeMediationProcess() {
    }
}
