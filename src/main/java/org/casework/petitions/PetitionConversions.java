package org.casework.petitions;

import java.util.Optional;
import org.casework.base.BusinessRuleException;
import org.casework.mediation.DisputeDetail;
import org.casework.mediation.DisputeForm;
import org.casework.mediation.DisputeReferrals;
import org.casework.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turning a petition into a record of another kind while it is being handled: a dispute for mediation
 * (访调对接). The link is kept both ways, and each record is counted once, in its own kind: the petition stays
 * one petition (its handling and reply go on), the dispute is one dispute received by referral. A lead for
 * enforcement (petition.converted_case_id) is not offered yet: it needs the enforcement workflow.
 */
@Service
@Transactional(readOnly = true)
public class PetitionConversions {

    private final PetitionService petitions;
    private final PetitionWorkflowService workflow;
    private final PetitionTimeline timeline;
    private final PetitionCalendar calendar;
    private final DisputeReferrals referrals;
    private final CurrentUser current;

    PetitionConversions(PetitionService petitions, PetitionWorkflowService workflow, PetitionTimeline timeline,
                        PetitionCalendar calendar, DisputeReferrals referrals, CurrentUser current) {
        this.petitions = petitions;
        this.workflow = workflow;
        this.timeline = timeline;
        this.calendar = calendar;
        this.referrals = referrals;
        this.current = current;
    }

    /** Whether the signed-in user may turn this petition into another record now. */
    public boolean mayConvert(PetitionDetail d) {
        return d.closedDate() == null && current.find().map(u -> u.hasAny(PetitionWorkflowService.CLERKS) && u.canSee(d.orgId()))
                .orElse(false);
    }

    /** Refers the petition to a mediation body as a dispute (source: 委托移送), linked both ways. */
    @Transactional
    public PetitionDetail toDispute(long petitionId, DisputeForm form) {
        Petition p = convertible(petitionId);
        if (p.convertedDisputeId != null) {
            throw new BusinessRuleException("该信访事项已转为调解案件，不能重复转交");
        }
        DisputeDetail dispute = referrals.referFromPetition(form, p.id);
        p.convertedDisputeId = dispute.id();
        timeline.record(p, PetitionEventKind.CONVERTED_TO_DISPUTE, calendar.today(),
                "调解组织：" + dispute.bodyName() + "；纠纷编号：" + dispute.disputeNo());
        return workflow.saved(p);
    }

    /** The dispute the petition was turned into, if the user may see it. */
    public Optional<DisputeReferrals.Referred> dispute(PetitionDetail d) {
        return d.progress().convertedDisputeId() == null ? Optional.empty() : referrals.referred(d.progress().convertedDisputeId());
    }

    private Petition convertible(long petitionId) {
        current.require(PetitionWorkflowService.CLERKS);
        Petition p = petitions.find(petitionId);
        current.requireScope(p.orgId);
        if (p.closedDate != null) {
            throw new BusinessRuleException("已办结的信访事项不能再转为调解案件");
        }
        return p;
    }
}
