package org.casework.enforcement.process;

/**
 * Ids of {@code bpmn/enforcement/GeneralPenaltyProcedure.bpmn} (行政处罚一般程序): lead check, filing,
 * investigation, review, head approval, prior notice, statement and defence, hearing, collective
 * discussion, decision, service, publication, payment, closing and archive.
 */
public final class GeneralPenaltyProcedure {

    public static final String KEY = "GeneralPenaltyProcedure";
    public static final String RESOURCE = "bpmn/enforcement/GeneralPenaltyProcedure.bpmn";

    public static final String VAR_CASE_ID = "caseId";
    /** Local variable of the preservation event subprocess: the preservation it decides. */
    public static final String VAR_PRESERVATION_ID = "preservationId";
    /** Local variable of the recusal event subprocess: the request it decides. */
    public static final String VAR_RECUSAL_ID = "recusalId";
    /** Input of the clock warning tasks: DAY_60, DAY_80 or EXPIRED. */
    public static final String VAR_WARNING = "warning";

    public static final String START_LEAD_REGISTERED = "StartEvent_LeadRegistered";
    public static final String TASK_CHECK_LEAD = "Task_CheckLead";
    public static final String TASK_APPROVE_FILING = "Task_ApproveFiling";
    public static final String END_LEAD_NOT_FILED = "EndEvent_LeadNotFiled";
    public static final String SUBPROCESS_DECISION_PERIOD = "SubProcess_DecisionPeriod";
    public static final String SUBPROCESS_INVESTIGATION = "SubProcess_Investigation";
    public static final String TASK_INVESTIGATE_CASE = "Task_InvestigateCase";
    public static final String TASK_REPORT_INVESTIGATION = "Task_ReportInvestigation";
    public static final String TASK_DECIDE_PRESERVED_EVIDENCE = "Task_DecidePreservedEvidence";
    public static final String TIMER_PRESERVATION_LAPSED = "Timer_PreservationLapsed";
    public static final String TASK_LAPSE_PRESERVATION = "Task_LapsePreservation";
    public static final String END_PRESERVATION_LAPSED = "EndEvent_PreservationLapsed";
    public static final String TASK_DECIDE_RECUSAL = "Task_DecideRecusal";
    public static final String END_INVESTIGATION_TERMINATED = "EndEvent_InvestigationTerminated";
    public static final String CALL_TRANSFER_TO_JUDICIAL_ORGANS = "CallActivity_TransferToJudicialOrgans";
    public static final String END_CASE_TRANSFERRED = "EndEvent_CaseTransferred";
    public static final String TASK_REVIEW_LEGALITY = "Task_ReviewLegality";
    public static final String TASK_REVIEW_CASE = "Task_ReviewCase";
    public static final String TASK_REVISE_REPORT = "Task_ReviseReport";
    public static final String TASK_APPROVE_PROPOSAL = "Task_ApproveProposal";
    public static final String TASK_NOTIFY_PARTY = "Task_NotifyParty";
    public static final String TASK_HEAR_PARTY = "Task_HearParty";
    public static final String TIMER_RIGHTS_WINDOWS_CLOSED = "Timer_RightsWindowsClosed";
    public static final String TASK_SCHEDULE_HEARING = "Task_ScheduleHearing";
    public static final String TASK_HOLD_HEARING = "Task_HoldHearing";
    public static final String TASK_REVIEW_STATEMENTS = "Task_ReviewStatements";
    public static final String TASK_DISCUSS_CASE = "Task_DiscussCase";
    public static final String TASK_DECIDE_CASE = "Task_DecideCase";
    public static final String TIMER_DAY_60 = "Timer_Day60Reached";
    public static final String TIMER_DAY_80 = "Timer_Day80Reached";
    public static final String TIMER_DECISION_PERIOD_EXPIRED = "Timer_DecisionPeriodExpired";
    public static final String TASK_RECORD_DAY_60_WARNING = "Task_RecordDay60Warning";
    public static final String TASK_RECORD_DAY_80_WARNING = "Task_RecordDay80Warning";
    public static final String TASK_RECORD_PERIOD_EXPIRED = "Task_RecordPeriodExpired";
    public static final String TASK_SERVE_DECISION = "Task_ServeDecision";
    public static final String TASK_PUBLISH_DECISION = "Task_PublishDecision";
    public static final String TASK_COLLECT_PAYMENT = "Task_CollectPayment";
    public static final String TIMER_PAYMENT_OVERDUE = "Timer_PaymentOverdue";
    public static final String TASK_REMIND_PARTY = "Task_RemindParty";
    public static final String TASK_APPLY_FOR_COURT_ENFORCEMENT = "Task_ApplyForCourtEnforcement";
    public static final String TASK_APPROVE_CLOSING = "Task_ApproveClosing";
    public static final String TASK_ARCHIVE_CASE = "Task_ArchiveCase";
    public static final String END_CASE_ARCHIVED = "EndEvent_CaseArchived";

    public static final String MESSAGE_EVIDENCE_PRESERVED = "Msg_EvidencePreserved";
    public static final String MESSAGE_RECUSAL_REQUESTED = "Msg_RecusalRequested";
    public static final String MESSAGE_INVESTIGATION_TERMINATED = "Msg_InvestigationTerminated";

    /** The timers of the 90-day clock, rescheduled when pauses or extensions change the dates. */
    public static final java.util.List<String> CLOCK_TIMERS = java.util.List.of(TIMER_DAY_60, TIMER_DAY_80, TIMER_DECISION_PERIOD_EXPIRED);

    private GeneralPenaltyProcedure() {
    }
}
