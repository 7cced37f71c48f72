package org.casework.mediation;

/**
 * The configurable periods of a mediation of one kind at one organisation.
 *
 * @param limitDays            the time limit of a mediation (from acceptance)
 * @param limitWorkingDays     the limit counts working days (else calendar days, the last one moved past a rest day)
 * @param extensionDays        the most one extension adds, and only with both parties' consent
 * @param followUpDays         the follow-up visit (回访) is due so many days after the agreement
 * @param receptionMinutes     矛调中心 service level: reception within so many minutes (null: none)
 * @param planWorkingDays      矛调中心 service level: a mediation plan within so many working days (null: none)
 * @param serviceFollowUpDays  矛调中心 service level: a follow-up within so many days of the closing (null: none)
 * @param setAt                the organisation whose row this is; null for the defaults
 */
public record MediationRule(
        MediationKind kind,
        int limitDays,
        boolean limitWorkingDays,
        int extensionDays,
        int followUpDays,
        Integer receptionMinutes,
        Integer planWorkingDays,
        Integer serviceFollowUpDays,
        Long setAt) {

    /**
     * The defaults: 人民调解 about a month (司法部《人民调解工作若干规定》第三十三条), 行政调解 20 working days
     * + 10 (typical local rule), 矛调中心 30 days with the service levels 30 minutes / 3 working days / 3 weeks;
     * 回访 15 days after the agreement.
     */
    public static MediationRule defaultFor(MediationKind kind) {
        return switch (kind) {
            case PEOPLE -> new MediationRule(kind, 30, false, 30, 15, null, null, null, null);
            case ADMINISTRATIVE -> new MediationRule(kind, 20, true, 10, 15, null, null, null, null);
            case CENTRE -> new MediationRule(kind, 30, false, 30, 15, 30, 3, 21, null);
        };
    }

    /** The same rule, as set at an organisation. */
    public MediationRule at(Long orgId) {
        return new MediationRule(kind, limitDays, limitWorkingDays, extensionDays, followUpDays,
                receptionMinutes, planWorkingDays, serviceFollowUpDays, orgId);
    }

    /** 30日 or 20个工作日. */
    public String limitText() {
        return limitDays + (limitWorkingDays ? "个工作日" : "日");
    }
}
