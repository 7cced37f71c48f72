package org.casework.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.casework.enforcement.CaseFacts;
import org.casework.enforcement.Proposal;
import org.springframework.stereotype.Component;

/** The gateway conditions of the enforcement models, e.g. {@code ${enforcementRoutes.legalReviewRequired(execution)}}. */
@Component("enforcementRoutes")
public class EnforcementRoutes {

    private final CaseFacts facts;

    public EnforcementRoutes(CaseFacts facts) {
        this.facts = facts;
    }

    public boolean caseFiled(DelegateExecution execution) {
        return facts.caseFiled(ProcessCase.idOf(execution, facts));
    }

    public String proposal(DelegateExecution execution) {
        Proposal p = facts.proposal(ProcessCase.idOf(execution, facts));
        return p == null ? null : p.name();
    }

    public boolean transferredToJudicialOrgans(DelegateExecution execution) {
        return facts.transferredToJudicialOrgans(ProcessCase.idOf(execution, facts));
    }

    public boolean legalReviewRequired(DelegateExecution execution) {
        return facts.legalReviewRequired(ProcessCase.idOf(execution, facts));
    }

    public String reviewOpinion(DelegateExecution execution) {
        var opinion = facts.reviewOpinion(ProcessCase.idOf(execution, facts));
        return opinion == null ? null : opinion.name();
    }

    public boolean hearingRequested(DelegateExecution execution) {
        return facts.hearingRequested(ProcessCase.idOf(execution, facts));
    }

    public boolean statementsToReview(DelegateExecution execution) {
        return facts.statementsToReview(ProcessCase.idOf(execution, facts));
    }

    public boolean collectiveDiscussionRequired(DelegateExecution execution) {
        return facts.collectiveDiscussionRequired(ProcessCase.idOf(execution, facts));
    }

    public String outcome(DelegateExecution execution) {
        return facts.outcome(ProcessCase.idOf(execution, facts));
    }

    public boolean moneyToPay(DelegateExecution execution) {
        return facts.moneyToPay(ProcessCase.idOf(execution, facts));
    }

    public String simplePayment(DelegateExecution execution) {
        return facts.simplePayment(ProcessCase.idOf(execution, facts));
    }

    public boolean transferApproved(DelegateExecution execution) {
        return facts.transferApproved(ProcessCase.idOf(execution, facts));
    }

    public boolean receiverAccepted(DelegateExecution execution) {
        return facts.receiverAccepted(ProcessCase.idOf(execution, facts));
    }
}
