package org.casework.enforcement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the enforcement models do by themselves (service tasks, timers): record a clock warning, let an
 * undecided preservation lapse, check the simple-procedure limits, turn an on-the-spot case above them
 * into a general lead. Called by the delegates of {@code enforcement.process} only, inside the engine's
 * transaction; no signed-in user is needed (timers fire in the job executor).
 */
@Service
@Transactional
public class EnforcementProcessHooks {

    private final ClockSteps clock;
    private final InvestigationSteps investigation;
    private final SimpleSteps simple;

    EnforcementProcessHooks(ClockSteps clock, InvestigationSteps investigation, SimpleSteps simple) {
        this.clock = clock;
        this.investigation = investigation;
        this.simple = simple;
    }

    public void recordClockWarning(long caseId, String warning) {
        clock.recordWarning(caseId, warning);
    }

    public void lapsePreservation(long preservationId) {
        investigation.lapsePreservation(preservationId);
    }

    /** Refuses (BusinessRuleException) when the case may not be decided on the spot. */
    public void checkSimpleProcedureLimits(long caseId) {
        simple.checkLimits(caseId);
    }

    public void convertToGeneralProcedure(long caseId) {
        simple.convertToGeneral(caseId);
    }
}
