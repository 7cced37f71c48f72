package org.casework.enforcement.process;

import org.casework.enforcement.CaseFacts;
import org.casework.enforcement.Proposal;
import org.springframework.stereotype.Component;

/** The gateway conditions of the enforcement models, e.g. {@code ${enforcementRoutes.legalReviewRequired(caseId)}}. */
@Component("enforcementRoutes")
public class EnforcementRoutes {

    private final CaseFacts facts;

    public EnforcementRoutes(CaseFacts facts) {
        this.facts = facts;
    }

    public boolean caseFiled(Long caseId) {
        return facts.caseFiled(caseId);
    }

    public String proposal(Long caseId) {
        Proposal p = facts.proposal(caseId);
        return p == null ? null : p.name();
    }

    public boolean transferredToJudicialOrgans(Long caseId) {
        return facts.transferredToJudicialOrgans(caseId);
    }

    public boolean legalReviewRequired(Long caseId) {
        return facts.legalReviewRequired(caseId);
    }

    public String reviewOpinion(Long caseId) {
        var opinion = facts.reviewOpinion(caseId);
        return opinion == null ? null : opinion.name();
    }

    public boolean hearingRequested(Long caseId) {
        return facts.hearingRequested(caseId);
    }

    public boolean statementsToReview(Long caseId) {
        return facts.statementsToReview(caseId);
    }

    public boolean collectiveDiscussionRequired(Long caseId) {
        return facts.collectiveDiscussionRequired(caseId);
    }

    public String outcome(Long caseId) {
        return facts.outcome(caseId);
    }

    public boolean moneyToPay(Long caseId) {
        return facts.moneyToPay(caseId);
    }

    public String simplePayment(Long caseId) {
        return facts.simplePayment(caseId);
    }

    public boolean transferApproved(Long caseId) {
        return facts.transferApproved(caseId);
    }

    public boolean receiverAccepted(Long caseId) {
        return facts.receiverAccepted(caseId);
    }
}
