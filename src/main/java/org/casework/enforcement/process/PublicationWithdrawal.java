package org.casework.enforcement.process;

/**
 * Ids of {@code bpmn/enforcement/PublicationWithdrawal.bpmn}: a published decision that was changed,
 * revoked, or found illegal or void is withdrawn within 3 working days (《行政处罚法》第四十八条第二款).
 * Its own process, because it may come after the case was closed.
 */
public final class PublicationWithdrawal {

    public static final String KEY = "PublicationWithdrawal";
    public static final String RESOURCE = "bpmn/enforcement/PublicationWithdrawal.bpmn";

    public static final String VAR_CASE_ID = "caseId";

    public static final String TASK_WITHDRAW_PUBLICATION = "Task_WithdrawPublication";
    public static final String END_PUBLICATION_WITHDRAWN = "EndEvent_PublicationWithdrawn";

    private PublicationWithdrawal() {
    }
}
