package org.casework.enforcement.process;

/**
 * Ids of {@code bpmn/enforcement/CriminalTransferProcedure.bpmn} (两法衔接): the head decides within 3
 * days, the case goes to the public security organ within 24 hours, its answer is recorded. Called
 * from the general procedure; {@code transferredToJudicialOrgans} tells the caller the outcome.
 */
public final class CriminalTransferProcedure {

    public static final String KEY = "CriminalTransferProcedure";
    public static final String RESOURCE = "bpmn/enforcement/CriminalTransferProcedure.bpmn";

    public static final String VAR_CASE_ID = "caseId";

    public static final String TASK_DECIDE_TRANSFER = "Task_DecideTransfer";
    public static final String TASK_TRANSFER_CASE = "Task_TransferCase";
    public static final String TASK_RECORD_RECEIVER_ANSWER = "Task_RecordReceiverAnswer";
    public static final String END_TRANSFER_NOT_APPROVED = "EndEvent_TransferNotApproved";
    public static final String END_CASE_TRANSFERRED = "EndEvent_CaseTransferred";
    public static final String END_TRANSFER_REFUSED = "EndEvent_TransferRefused";

    private CriminalTransferProcedure() {
    }
}
