package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.documents.forms.LegalReviewData;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.enforcement.WorkflowCommands.Closing;
import org.casework.enforcement.WorkflowCommands.Decision;
import org.casework.enforcement.WorkflowCommands.DecisionService;
import org.casework.enforcement.WorkflowCommands.FilingDecision;
import org.casework.enforcement.WorkflowCommands.InvestigationReport;
import org.casework.enforcement.WorkflowCommands.LeadCheck;
import org.casework.enforcement.WorkflowCommands.NoticeService;
import org.casework.enforcement.WorkflowCommands.Payment;
import org.casework.enforcement.WorkflowCommands.Publication;
import org.casework.enforcement.WorkflowCommands.Review;
import org.casework.party.PartyKind;
import org.casework.testsupport.MutableClock;
import org.casework.testsupport.SignIn;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Walks a general-procedure case of 东湖街道 through its steps with plausible entries, each step as the
 * demo user who does it (officer, officer2, reviewer, head). Tests take the case to a step, then do the
 * step they are about themselves.
 */
public class CaseDriver {

    /** Demo officers of 东湖街道 (see DemoEnforcement): 李明 = officer, 赵强 = officer2, 王磊 has no login. */
    public final long liMing;
    public final long zhaoQiang;
    public final long wangLei;

    private final EnforcementWorkflowService workflow;
    private final UserDetailsService users;
    private final MutableClock clock;
    private final long orgId;

    public CaseDriver(EnforcementWorkflowService workflow, UserDetailsService users, MutableClock clock, long orgId,
                      org.casework.staff.OfficerService officers) {
        this.workflow = workflow;
        this.users = users;
        this.clock = clock;
        this.orgId = orgId;
        as("admin");
        this.liMing = officerId(officers, "李明");
        this.zhaoQiang = officerId(officers, "赵强");
        this.wangLei = officerId(officers, "王磊");
    }

    public EnforcementWorkflowService workflow() {
        return workflow;
    }

    public void as(String username) {
        SignIn.as(users, username);
    }

    public LocalDate today() {
        return clock.today();
    }

    public long lead(String party) {
        as("officer");
        return workflow.registerLead(new LeadForm(orgId, "日常巡查", today(), PartyKind.PERSON, party, null, "东湖街道幸福路18号",
                "13900000000", "占道经营", "巡查发现当事人在幸福路人行道摆摊经营", null, today().minusDays(3), "幸福路18号门前",
                "市容环境")).caseId();
    }

    public void check(long id) {
        as("officer");
        workflow.checkLead(id, new LeadCheck("经核查，当事人在人行道摆摊经营属实", "《城市市容和环境卫生管理条例》第十七条",
                null, null, false, null, true, null));
    }

    public void file(long id) {
        as("head");
        workflow.decideFiling(id, new FilingDecision(true, List.of(new CaseOfficer(liMing, CaseOfficerRole.HANDLER),
                new CaseOfficer(zhaoQiang, CaseOfficerRole.ASSISTANT)), "同意立案", null));
    }

    public void investigate(long id) {
        as("officer");
        workflow.addEvidence(id, new EvidenceEntry(EvidenceKind.SITE_RECORD, "现场检查笔录", today(), "当事人在人行道摆摊"));
        workflow.addEvidence(id, new EvidenceEntry(EvidenceKind.AUDIOVISUAL, "现场照片3张", today(), null));
        workflow.finishInvestigation(id);
    }

    public static InvestigationReport report(List<ProposedPenalty> items, String legalReviewGrounds, boolean complex) {
        return new InvestigationReport("当事人于2025年2月28日起在幸福路18号门前人行道摆摊经营，经责令改正拒不改正", "现场检查笔录、现场照片、询问笔录",
                "《城市市容和环境卫生管理条例》第十七条第一款", "《城市市容和环境卫生管理条例》第三十六条第（二）项", "首次违法，情节一般",
                Proposal.PENALTY, items, null, null, complex, legalReviewGrounds);
    }

    public void report(long id, List<ProposedPenalty> items, String legalReviewGrounds) {
        as("officer");
        workflow.submitReport(id, report(items, legalReviewGrounds, false));
    }

    public static Review review(ReviewConclusion opinion) {
        return new Review(opinion, List.of(new LegalReviewData.Finding("执法主体", "本机关具有管辖权，执法人员持证执法"),
                new LegalReviewData.Finding("事实证据", "事实清楚，证据充分")), opinion == ReviewConclusion.AGREE ? null : "证据不足，需补充询问笔录");
    }

    public void review(long id, ReviewConclusion opinion) {
        as("reviewer");
        workflow.review(id, review(opinion));
    }

    public void approve(long id) {
        as("head");
        workflow.approveProposal(id, "同意");
    }

    public void notifyParty(long id) {
        as("officer");
        workflow.notifyParty(id, new NoticeService(today()));
    }

    /** Moves the clock past the windows and ends the hearing-of-the-party step. */
    public void letWindowsRunOut(long id) {
        clock.advanceDays(10);
        as("officer");
        workflow.closeRightsWindows(id);
    }

    public void decide(long id, List<ProposedPenalty> items) {
        as("head");
        workflow.decide(id, new Decision(PenaltyOutcome.PENALTY, items, null, null, null));
    }

    public void serve(long id) {
        as("officer");
        workflow.serve(id, new DecisionService(ServiceMethod.IN_PERSON, LocalDateTime.now(clock), true, false, null, null, null));
    }

    public void publish(long id) {
        as("officer");
        workflow.publish(id, new Publication(today()));
    }

    public void pay(long id, String amount) {
        as("officer");
        workflow.recordPayment(id, new Payment(today(), new BigDecimal(amount), BigDecimal.ZERO));
    }

    public void close(long id, ClosingReason reason) {
        as("head");
        workflow.approveClosing(id, new Closing(reason, "罚款已缴清", "建议结案", "同意结案"));
    }

    public void archive(long id) {
        as("officer");
        workflow.archive(id);
    }

    /** A filed case whose report proposes the fine, reviewed (case review) and approved, waiting for the prior notice. */
    public long toPriorNotice(String party, String fine) {
        long id = lead(party);
        check(id);
        file(id);
        investigate(id);
        report(id, List.of(ProposedPenalty.fine(fine)), null);
        review(id, ReviewConclusion.AGREE);
        approve(id);
        return id;
    }

    /** Notified, windows run out, waiting for the head's decision. */
    public long toDecision(String party, String fine) {
        long id = toPriorNotice(party, fine);
        notifyParty(id);
        letWindowsRunOut(id);
        return id;
    }

    private long officerId(org.casework.staff.OfficerService officers, String name) {
        return officers.search(new org.casework.staff.OfficerFilter(orgId, name, true), 0, 5).stream()
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }
}
