package org.casework.mediation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the mediation process asks about a dispute at its gateways, timers and task assignments: read
 * from our tables (the process carries only the dispute id).
 *
 * @param mediatorGroups  candidate groups of the mediators' tasks: MEDIATOR at the body and every unit above it
 * @param assignerGroups  candidate groups of the assignment: those and HEAD at the body (the committee's head)
 * @param limitRunning    the time limit (after any extension) has not run out today
 */
public record DisputeRouting(
        boolean partyRefused,
        boolean mediatorsAssigned,
        SessionResult lastSessionResult,
        boolean riskFound,
        boolean writtenAgreement,
        boolean confirmationApplied,
        boolean limitRunning,
        LocalDate limitDue,
        LocalDate followUpDue,
        LocalDate confirmationDue,
        List<String> mediatorGroups,
        List<String> assignerGroups) {
}
