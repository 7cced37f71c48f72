package org.casework.enforcement;

/**
 * The numbers an organisation may set for its penalty procedure, and the texts its decisions need.
 *
 * @param sourceOrgId the organisation whose row applies (the org itself or an ancestor), null for the legal defaults
 * @param inherited   whether the row belongs to an ancestor (or the legal defaults apply)
 * @param defenceDays working days to state and defend after the prior notice (legal default 5, [SAMR] 第五十七条)
 * @param hearingRequestDays working days to ask for a hearing (《行政处罚法》第六十四条: 5)
 * @param publicationDays working days to publish a penalty decision (国办发〔2018〕118号: 7)
 */
public record ProcedureSettings(
        Long sourceOrgId,
        boolean inherited,
        int defenceDays,
        int hearingRequestDays,
        int publicationDays,
        String reconsiderationBody,
        String court,
        String paymentAccount,
        String contactPerson,
        String contactPhone,
        String contactAddress) {

    public static final int DEFENCE_DAYS = 5;
    public static final int HEARING_REQUEST_DAYS = 5;
    public static final int PUBLICATION_DAYS = 7;

    public static ProcedureSettings legalDefaults() {
        return new ProcedureSettings(null, true, DEFENCE_DAYS, HEARING_REQUEST_DAYS, PUBLICATION_DAYS, null, null, null, null,
                null, null);
    }
}
