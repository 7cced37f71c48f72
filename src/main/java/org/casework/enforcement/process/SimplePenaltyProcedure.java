package org.casework.enforcement.process;

/**
 * Ids of {@code bpmn/enforcement/SimplePenaltyProcedure.bpmn} (简易程序, 当场处罚): the limits check
 * (above them the case goes to the general procedure), the on-the-spot decision, handing over a fine
 * collected on the spot or collecting it, and filing with the agency.
 */
public final class SimplePenaltyProcedure {

    public static final String KEY = "SimplePenaltyProcedure";
    public static final String RESOURCE = "bpmn/enforcement/SimplePenaltyProcedure.bpmn";

    public static final String VAR_CASE_ID = "caseId";

    public static final String TASK_CHECK_LIMITS = "Task_CheckSimpleProcedureLimits";
    public static final String ERROR_ABOVE_SIMPLE_LIMITS = "Err_AboveSimpleLimits";
    public static final String TASK_CONVERT_TO_GENERAL_PROCEDURE = "Task_ConvertToGeneralProcedure";
    public static final String END_GENERAL_PROCEDURE_REQUIRED = "EndEvent_GeneralProcedureRequired";
    public static final String TASK_DECIDE_ON_THE_SPOT = "Task_DecideOnTheSpot";
    public static final String TASK_HAND_OVER_FINE = "Task_HandOverFine";
    public static final String TASK_COLLECT_PAYMENT = "Task_CollectPayment";
    public static final String TASK_FILE_WITH_AGENCY = "Task_FileWithAgency";
    public static final String END_CASE_FILED = "EndEvent_OnTheSpotCaseFiled";

    private SimplePenaltyProcedure() {
    }
}
