package org.casework.mediation.process;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.casework.mediation.DisputeRouting;
import org.casework.mediation.MediationTimes;
import org.casework.mediation.MediationWorkflowService;
import org.casework.mediation.SessionResult;
import org.springframework.stereotype.Component;

/**
 * Glue for the expressions of the mediation process ({@code ${mediationFacts.partyRefused(disputeId)}}):
 * each answer comes from the workflow service, which reads our tables. Dates are the end of the due day
 * (the follow-up timer: its start, so that the visit is offered on the day).
 */
@Component("mediationFacts")
public class MediationFacts {

    private final MediationWorkflowService service;
    private final Clock clock;

    public MediationFacts(MediationWorkflowService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    public List<String> mediatorGroups(Long disputeId) {
        return routing(disputeId).mediatorGroups();
    }

    public List<String> assignerGroups(Long disputeId) {
        return routing(disputeId).assignerGroups();
    }

    public boolean partyRefused(Long disputeId) {
        return routing(disputeId).partyRefused();
    }

    public boolean mediatorsAssigned(Long disputeId) {
        return routing(disputeId).mediatorsAssigned();
    }

    public boolean riskFound(Long disputeId) {
        return routing(disputeId).riskFound();
    }

    public boolean sessionResultIs(Long disputeId, String result) {
        return routing(disputeId).lastSessionResult() == SessionResult.valueOf(result);
    }

    public boolean writtenAgreement(Long disputeId) {
        return routing(disputeId).writtenAgreement();
    }

    public boolean confirmationApplied(Long disputeId) {
        return routing(disputeId).confirmationApplied();
    }

    public boolean limitRunning(Long disputeId) {
        return routing(disputeId).limitRunning();
    }

    public Date limitDue(Long disputeId) {
        return MediationTimes.endOf(routing(disputeId).limitDue(), clock);
    }

    public Date followUpDue(Long disputeId) {
        return MediationTimes.startOf(routing(disputeId).followUpDue(), clock);
    }

    public Date confirmationDue(Long disputeId) {
        return MediationTimes.endOf(routing(disputeId).confirmationDue(), clock);
    }

    /** The due date of a step's task, or null. */
    public Date due(Long disputeId, String taskKey) {
        return MediationTimes.endOf(service.stepDue(disputeId, taskKey), clock);
    }

    private DisputeRouting routing(Long disputeId) {
        return service.routing(disputeId);
    }
}
