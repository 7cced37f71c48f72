package org.casework.petitions;

import java.util.List;
import java.util.Optional;
import org.casework.audit.AuditService;
import org.casework.base.BusinessRuleException;
import org.casework.base.TextRules;
import org.casework.enforcement.CaseLink;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.LeadForm;
import org.casework.enforcement.PenaltyCaseService;
import org.casework.enforcement.RegisteredLead;
import org.casework.mediation.DisputeDetail;
import org.casework.mediation.DisputeForm;
import org.casework.mediation.DisputeReferrals;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.party.PartyRef;
import org.casework.party.PartyService;
import org.casework.security.CurrentUser;
import org.casework.security.ScopedOrgs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turning a petition into a record of another kind while it is being handled: a dispute for mediation
 * (访调对接) or a lead for enforcement (转为执法线索). The link is kept both ways, and each record is counted
 * once, in its own kind: the petition stays one petition (its handling and reply go on), the dispute is one
 * dispute received by referral, the lead is a penalty case that the enforcement figures count only once it is
 * filed (or not filed, or decided), like any other lead. Each conversion is one transaction: a refusal or a
 * failure anywhere leaves neither the new record nor the link.
 */
@Service
@Transactional(readOnly = true)
public class PetitionConversions {

    /** The lead source (线索来源) of a lead that came from a petition. */
    static final String LEAD_SOURCE = "信访投诉";
    /** LeadForm's limits (线索内容, 当事人地址, 联系电话). */
    private static final int SUMMARY_MAX = 2000;
    private static final int ADDRESS_MAX = 200;
    private static final int PHONE_MAX = 50;

    private final PetitionService petitions;
    private final PetitionWorkflowService workflow;
    private final PetitionTimeline timeline;
    private final PetitionCalendar calendar;
    private final DisputeReferrals referrals;
    private final EnforcementWorkflowService enforcement;
    private final PenaltyCaseService cases;
    private final PartyService parties;
    private final OrgService orgs;
    private final ScopedOrgs scoped;
    private final AuditService audit;
    private final CurrentUser current;

    PetitionConversions(PetitionService petitions, PetitionWorkflowService workflow, PetitionTimeline timeline,
                        PetitionCalendar calendar, DisputeReferrals referrals, EnforcementWorkflowService enforcement,
                        PenaltyCaseService cases, PartyService parties, OrgService orgs, ScopedOrgs scoped, AuditService audit,
                        CurrentUser current) {
        this.petitions = petitions;
        this.workflow = workflow;
        this.timeline = timeline;
        this.calendar = calendar;
        this.referrals = referrals;
        this.enforcement = enforcement;
        this.cases = cases;
        this.parties = parties;
        this.orgs = orgs;
        this.scoped = scoped;
        this.audit = audit;
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
        Petition p = convertible(petitionId, "调解案件");
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

    /** The organisations a petition may be turned into a lead of: those in the clerk's scope that are not mediation bodies. */
    public List<OrgRef> enforcementOrgs() {
        current.require(PetitionWorkflowService.CLERKS);
        return scoped.visible().stream().filter(o -> !o.isMediationBody()).toList();
    }

    /**
     * Turns the petition into a general-procedure lead of the chosen enforcement organisation (线索来源 信访投诉,
     * 来源编号 = the petition number), with the petitioner as its party unless the clerk says otherwise, the
     * petition's subject as its cause and its content as the lead's summary; the lead check starts at once.
     */
    @Transactional
    public PetitionDetail toLead(long petitionId, LeadConversion conversion) {
        Petition p = convertible(petitionId, "执法线索");
        if (p.convertedCaseId != null) {
            throw new BusinessRuleException("该信访事项已转为执法线索，不能重复转交");
        }
        Long orgId = conversion.orgId();
        if (orgId == null) {
            throw new BusinessRuleException("执法主体", "请选择执法主体");
        }
        current.requireScope(orgId);
        OrgRef org = orgs.get(orgId);
        if (org.isMediationBody()) {
            throw new BusinessRuleException("执法主体", "调解组织不办理行政处罚案件，请选择执法主体");
        }
        String cause = TextRules.clean(conversion.cause()) != null ? conversion.cause() : p.subject;
        PartyRef party = !conversion.petitionerIsParty() || TextRules.clean(p.petitionerName) == null ? null
                : p.petitionerPartyId != null ? parties.get(p.petitionerPartyId)
                : new PartyRef(null, PartyKind.PERSON, p.petitionerName, null, null, null);
        RegisteredLead lead = enforcement.registerLead(new LeadForm(orgId, LEAD_SOURCE, calendar.today(),
                party == null ? null : party.kind(), party == null ? null : party.name(), party == null ? null : party.idNumber(),
                party == null ? null : fitting(party.address(), ADDRESS_MAX), party == null ? null : fitting(party.phone(), PHONE_MAX),
                cause, summary(p), p.petitionNo, null, null, conversion.enforcementField()));
        p.convertedCaseId = lead.caseId();
        timeline.record(p, PetitionEventKind.CONVERTED_TO_LEAD, calendar.today(),
                "执法主体：" + org.name() + "；案号：" + lead.caseNo());
        audit.record("PETITION_TO_LEAD", "petition", p.id, "信访事项 " + p.petitionNo + " 转为执法线索 " + lead.caseNo()
                + "（" + org.name() + "）");
        return workflow.saved(p);
    }

    /** The penalty case the petition was turned into: its number for anyone who may see the petition, more for its readers. */
    public Optional<CaseLink> lead(PetitionDetail d) {
        return d.progress().convertedCaseId() == null ? Optional.empty() : cases.link(d.progress().convertedCaseId());
    }

    private Petition convertible(long petitionId, String kind) {
        current.require(PetitionWorkflowService.CLERKS);
        Petition p = petitions.find(petitionId);
        current.requireScope(p.orgId);
        if (p.closedDate != null) {
            throw new BusinessRuleException("已办结的信访事项不能再转为" + kind);
        }
        return p;
    }

    /** The petition's content (or subject) as the lead's summary, shortened to the lead's limit with a pointer to the full text. */
    private static String summary(Petition p) {
        String text = TextRules.clean(p.content) != null ? p.content.trim() : p.subject;
        if (text == null || text.length() <= SUMMARY_MAX) {
            return text;
        }
        String more = "……（全文见信访事项" + p.petitionNo + "）";
        return text.substring(0, SUMMARY_MAX - more.length()) + more;
    }

    /** A detail the lead keeps only when it fits (the officers complete it in the lead check). */
    private static String fitting(String value, int max) {
        return value == null || value.trim().length() > max ? null : value.trim();
    }
}
