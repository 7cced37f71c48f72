package org.casework.enforcement.perf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casework.documents.forms.LegalReviewData;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.documents.forms.Statement;
import org.casework.enforcement.CaseOfficer;
import org.casework.enforcement.CaseOfficerRole;
import org.casework.enforcement.ClosingReason;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.EvidenceEntry;
import org.casework.enforcement.EvidenceKind;
import org.casework.enforcement.LeadForm;
import org.casework.enforcement.PenaltyOutcome;
import org.casework.enforcement.Proposal;
import org.casework.enforcement.ProposedPenalty;
import org.casework.enforcement.ServiceMethod;
import org.casework.enforcement.WorkflowCommands.Closing;
import org.casework.enforcement.WorkflowCommands.Decision;
import org.casework.enforcement.WorkflowCommands.DecisionService;
import org.casework.enforcement.WorkflowCommands.Discussion;
import org.casework.enforcement.WorkflowCommands.FilingDecision;
import org.casework.enforcement.WorkflowCommands.InvestigationReport;
import org.casework.enforcement.WorkflowCommands.LeadCheck;
import org.casework.enforcement.WorkflowCommands.NoticeService;
import org.casework.enforcement.WorkflowCommands.Payment;
import org.casework.enforcement.WorkflowCommands.Publication;
import org.casework.enforcement.WorkflowCommands.Review;
import org.casework.enforcement.WorkflowCommands.StatementReceived;
import org.casework.enforcement.WorkflowCommands.StatementsReview;
import org.casework.party.PartyKind;
import org.casework.staff.OfficerFilter;
import org.casework.staff.OfficerService;
import org.casework.testsupport.MutableClock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One general-procedure case of 东湖街道 driven through every wait state of a typical path, each call as
 * the demo user who does it (see {@code CaseDriver}): lead check, filing, investigation (two pieces of
 * evidence), report with a ground for the legal review, legal review, approval, prior notice, the party's
 * statement, the windows run out, review of the statement, collective discussion (required after a
 * legal review), decision, service, publication, payment, closing and archive.
 *
 * <p>Each service call is timed on its own, without the test's own work around it: the sign-in is a
 * prepared authentication put into the security context (as a session would), and moving the clock
 * past the defence window happens between calls. A call completing a task (or starting the process)
 * is a <em>step</em>; the calls that only record something while the case waits (evidence, statement)
 * are timed as well and count towards the case's time.
 */
final class GeneralPath {

    /** The user tasks the path passes: the bare chain has as many. */
    static final int USER_TASKS = 16;
    /** Step calls: the start (registerLead) and one per task completed. */
    static final int STEP_CALLS = USER_TASKS + 1;

    /** One timed call: wall time and the CPU time of the calling thread (with H2 in the JVM, the database's too). */
    record Call(String name, boolean step, long nanos, long cpuNanos) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    interface Sink {
        void add(Call call);
    }

    private final EnforcementWorkflowService workflow;
    private final MutableClock clock;
    private final long orgId;
    private final long liMing;
    private final long zhaoQiang;
    private final Map<String, Authentication> logins = new HashMap<>();

    GeneralPath(EnforcementWorkflowService workflow, UserDetailsService users, OfficerService officers, MutableClock clock, long orgId) {
        this.workflow = workflow;
        this.clock = clock;
        this.orgId = orgId;
        for (String name : List.of("admin", "officer", "reviewer", "head")) {
            UserDetails user = users.loadUserByUsername(name);
            logins.put(name, UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        as("admin");
        this.liMing = officerId(officers, "李明");
        this.zhaoQiang = officerId(officers, "赵强");
        SecurityContextHolder.clearContext();
    }

    /** Drives one case from lead to archive; returns its id. Every case starts on the same day (clock set back). */
    long run(String party, LocalDate start, Sink sink) {
        clock.setDay(start);
        long[] id = new long[1];
        step(sink, "registerLead", "officer", () -> id[0] = workflow.registerLead(new LeadForm(orgId, "日常巡查", today(),
                PartyKind.PERSON, party, null, "东湖街道幸福路18号", "13900000000", "占道经营", "巡查发现当事人在幸福路人行道摆摊经营", null,
                today().minusDays(3), "幸福路18号门前", "市容环境")).caseId());
        long c = id[0];
        step(sink, "checkLead", "officer", () -> workflow.checkLead(c, new LeadCheck("经核查，当事人在人行道摆摊经营属实",
                "《城市市容和环境卫生管理条例》第十七条", null, null, false, null, true, null)));
        step(sink, "decideFiling", "head", () -> workflow.decideFiling(c, new FilingDecision(true,
                List.of(new CaseOfficer(liMing, CaseOfficerRole.HANDLER), new CaseOfficer(zhaoQiang, CaseOfficerRole.ASSISTANT)),
                "同意立案", null)));
        call(sink, "addEvidence", "officer", () -> workflow.addEvidence(c, new EvidenceEntry(EvidenceKind.SITE_RECORD, "现场检查笔录",
                today(), "当事人在人行道摆摊")));
        call(sink, "addEvidence", "officer", () -> workflow.addEvidence(c, new EvidenceEntry(EvidenceKind.AUDIOVISUAL, "现场照片3张",
                today(), null)));
        step(sink, "finishInvestigation", "officer", () -> workflow.finishInvestigation(c));
        List<ProposedPenalty> fine = List.of(ProposedPenalty.fine("2000"));
        step(sink, "submitReport", "officer", () -> workflow.submitReport(c, new InvestigationReport(
                "当事人于2025年2月28日起在幸福路18号门前人行道摆摊经营，经责令改正拒不改正", "现场检查笔录、现场照片、询问笔录",
                "《城市市容和环境卫生管理条例》第十七条第一款", "《城市市容和环境卫生管理条例》第三十六条第（二）项", "经责令改正拒不改正，情节较重",
                Proposal.PENALTY, fine, null, null, false, "直接关系公共安全，经责令改正拒不改正")));
        step(sink, "review (legal)", "reviewer", () -> workflow.review(c, new Review(ReviewConclusion.AGREE, List.of(
                new LegalReviewData.Finding("执法主体", "本机关具有管辖权，执法人员持证执法"),
                new LegalReviewData.Finding("事实证据", "事实清楚，证据充分"),
                new LegalReviewData.Finding("处理意见", "适用依据正确，处罚幅度适当")), null)));
        step(sink, "approveProposal", "head", () -> workflow.approveProposal(c, "同意"));
        step(sink, "notifyParty", "officer", () -> workflow.notifyParty(c, new NoticeService(today())));
        clock.advanceDays(2);
        call(sink, "recordStatement", "officer", () -> workflow.recordStatement(c, new StatementReceived(today(),
                "当事人称系初次摆摊，已自行撤离，请求从轻处罚")));
        clock.advanceDays(8);
        step(sink, "closeRightsWindows", "officer", () -> workflow.closeRightsWindows(c));
        step(sink, "reviewStatements", "officer", () -> workflow.reviewStatements(c, new StatementsReview(List.of(false),
                "当事人经责令改正后仍继续摆摊，所称初次违法与事实不符，不予采纳", null)));
        step(sink, "discuss", "head", () -> workflow.discuss(c, new Discussion(LocalDateTime.now(clock).minusHours(1), "东湖街道会议室",
                "刘洋", "何雪", List.of("刘洋", "孙丽", "陈静", "李明"), "承办人建议罚款人民币贰仟元",
                List.of(new Statement("孙丽", "同意承办人意见。"), new Statement("陈静", "法制审核已通过，同意。")), "同意罚款人民币贰仟元")));
        step(sink, "decide", "head", () -> workflow.decide(c, new Decision(PenaltyOutcome.PENALTY, fine, null, null,
                "当事人提出陈述申辩，经复核不予采纳")));
        step(sink, "serve", "officer", () -> workflow.serve(c, new DecisionService(ServiceMethod.IN_PERSON, LocalDateTime.now(clock),
                true, false, null, null, null)));
        step(sink, "publish", "officer", () -> workflow.publish(c, new Publication(today())));
        step(sink, "recordPayment", "officer", () -> workflow.recordPayment(c, new Payment(today(), new BigDecimal("2000"), BigDecimal.ZERO)));
        step(sink, "approveClosing", "head", () -> workflow.approveClosing(c, new Closing(ClosingReason.EXECUTED, "罚款已缴清", "建议结案",
                "同意结案")));
        step(sink, "archive", "officer", () -> workflow.archive(c));
        SecurityContextHolder.clearContext();
        return c;
    }

    private void step(Sink sink, String name, String user, Runnable work) {
        timed(sink, name, true, user, work);
    }

    private void call(Sink sink, String name, String user, Runnable work) {
        timed(sink, name, false, user, work);
    }

    private void timed(Sink sink, String name, boolean step, String user, Runnable work) {
        as(user);
        SqlCounter.call(name);
        long c = cpu();
        long t = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - t;
        sink.add(new Call(name, step, wall, cpu() - c));
    }

    private void as(String user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(logins.get(user));
        SecurityContextHolder.setContext(context);
    }

    private LocalDate today() {
        return clock.today();
    }

    private long officerId(OfficerService officers, String name) {
        return officers.search(new OfficerFilter(orgId, name, true), 0, 5).stream()
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }
}
