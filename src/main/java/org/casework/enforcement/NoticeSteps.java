package org.casework.enforcement;

import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_HEAR_PARTY;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_NOTIFY_PARTY;

import java.time.LocalDate;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.enforcement.WorkflowCommands.HearingRequest;
import org.casework.enforcement.WorkflowCommands.NoticeService;
import org.casework.enforcement.WorkflowCommands.StatementReceived;
import org.casework.enforcement.WorkflowCommands.Waiver;
import org.casework.security.Role;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * The prior notice (事先告知, 第四十四条) and the windows it opens: statement and defence (5 working
 * days, configurable) and, for a hearing-eligible penalty, the hearing request (5 working days).
 */
@Component
class NoticeSteps {

    private final StepContext ctx;
    private final ClockSteps clock;

    NoticeSteps(StepContext ctx, ClockSteps clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    void notifyParty(long caseId, NoticeService cmd) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_NOTIFY_PARTY, StepNames.of(TASK_NOTIFY_PARTY));
        ctx.requireCertifiedOfficer(f, true);
        CaseProcedure p = f.procedure;
        List<ProposedPenalty> items = p.items(StagedPenalty.Stage.PROPOSED);
        if (p.proposal != Proposal.PENALTY || items.isEmpty()) {
            throw new BusinessRuleException("事先告知", "处理意见不是给予行政处罚，无需事先告知");
        }
        LocalDate served = ctx.past(cmd.servedOn(), "告知书送达日期", p.proposalApprovedOn, "负责人审批日期");
        ProcedureSettings s = ctx.settings.effective(f.record.orgId);
        HearingThresholdRow threshold = ctx.settings.thresholdFor(f.record.orgId, f.record.partyKind, f.record.enforcementField);
        String hearingGround = PenaltyRules.hearingGround(items, threshold);
        p.hearingEligible = hearingGround != null;
        p.setItems(StagedPenalty.Stage.NOTIFIED, items);
        p.noticeIssuedOn = ctx.today();
        p.noticeServedOn = served;
        p.defenceWindowEnd = DeadlineRule.DEFENCE_WINDOW.dueFrom(ctx.deadlines.calendar(), served, s.defenceDays()).value();
        p.hearingWindowEnd = p.hearingEligible
                ? DeadlineRule.HEARING_REQUEST_WINDOW.dueFrom(ctx.deadlines.calendar(), served, s.hearingRequestDays()).value() : null;
        ctx.documents.priorNotice(f, s);
        ctx.log(f, StepNames.of(TASK_NOTIFY_PARTY), "送达行政处罚事先告知书" + (p.hearingEligible ? "和听证告知书" : ""),
                "拟处罚：" + ProposedPenalty.describe(items) + "；陈述申辩期限至" + p.defenceWindowEnd
                        + (p.hearingEligible ? "；听证申请期限至" + p.hearingWindowEnd + "（" + hearingGround + "）" : ""));
        ctx.complete(task);
    }

    void recordStatement(long caseId, StatementReceived cmd) {
        CaseFile f = notified(caseId);
        ctx.requireCertifiedOfficer(f, true);
        LocalDate received = ctx.past(cmd.receivedOn(), "陈述申辩日期", f.procedure.noticeServedOn, "告知书送达日期");
        String content = text(cmd.content(), "陈述申辩内容", 2000, true);
        f.record.defences.add(new StatementDefence(received, content, null));
        ctx.save(f);
        boolean late = received.isAfter(f.procedure.defenceWindowEnd);
        ctx.log(f, StepNames.of(TASK_HEAR_PARTY), "收到当事人陈述申辩" + (late ? "（逾期提出）" : ""), content);
    }

    /** The party asks for a hearing within the window; the decision clock pauses from that day ([SAMR] 第六十四条). */
    void recordHearingRequest(long caseId, HearingRequest cmd) {
        CaseFile f = notified(caseId);
        ctx.requireCertifiedOfficer(f, true);
        CaseProcedure p = f.procedure;
        if (!p.hearingEligible) {
            throw new BusinessRuleException("听证", "拟作出的行政处罚不属于听证范围（《行政处罚法》第六十三条），当事人无要求听证的权利");
        }
        if (f.record.hearingRequestDate != null) {
            throw new BusinessRuleException("听证", "当事人已于" + f.record.hearingRequestDate + "要求听证");
        }
        if (!ctx.processes.isAt(f, TASK_HEAR_PARTY)) {
            throw new BusinessRuleException("听证", "陈述申辩和听证申请阶段已结束");
        }
        LocalDate requested = ctx.past(cmd.requestedOn(), "听证申请日期", p.noticeServedOn, "告知书送达日期");
        if (requested.isAfter(p.hearingWindowEnd)) {
            throw new BusinessRuleException("听证申请日期", "当事人应当在告知后五日内要求听证，期限已于" + p.hearingWindowEnd
                    + "届满，逾期视为放弃（《行政处罚法》第六十四条第一项）");
        }
        f.record.hearingRequestDate = requested;
        CasePause pause = new CasePause();
        pause.caseId = f.id();
        pause.kind = PauseKind.HEARING;
        pause.fromDate = requested;
        pause.reason = "当事人要求听证";
        pause.startedBy = ctx.current.get().username();
        f.recordPause(pause);
        clock.afterClockChange(f);
        ctx.log(f, StepNames.of(TASK_HEAR_PARTY), "当事人要求听证，办案期限暂停计算", "申请日期：" + requested);
    }

    /** The party gave up statement, defence and hearing in writing: the windows close now. */
    void waive(long caseId, Waiver cmd) {
        CaseFile f = notified(caseId);
        TaskItem task = ctx.take(f, TASK_HEAR_PARTY, StepNames.of(TASK_HEAR_PARTY));
        ctx.requireCertifiedOfficer(f, true);
        if (f.record.hearingRequestDate != null) {
            throw new BusinessRuleException("放弃权利", "当事人已要求听证；撤回听证申请请在听证步骤登记");
        }
        f.procedure.rightsWaivedOn = ctx.past(cmd.waivedOn(), "书面放弃日期", f.procedure.noticeServedOn, "告知书送达日期");
        f.procedure.rightsWaiverNote = text(cmd.note(), "放弃说明", 500, true);
        ctx.log(f, StepNames.of(TASK_HEAR_PARTY), "当事人书面放弃陈述、申辩" + (f.procedure.hearingEligible ? "和听证" : "") + "的权利",
                f.procedure.rightsWaiverNote);
        ctx.complete(task);
    }

    /** Ends the step once the windows ran out (the timer normally does this at the end of the last day). */
    void closeWindows(long caseId) {
        CaseFile f = notified(caseId);
        TaskItem task = ctx.take(f, TASK_HEAR_PARTY, StepNames.of(TASK_HEAR_PARTY));
        ctx.requireCertifiedOfficer(f, true);
        if (!f.procedure.windowsClosedOn(ctx.today())) {
            LocalDate end = CaseDeadlines.later(f.procedure.defenceWindowEnd, f.procedure.hearingEligible ? f.procedure.hearingWindowEnd : null);
            throw new BusinessRuleException("陈述申辩期限", "陈述、申辩" + (f.procedure.hearingEligible ? "和听证申请" : "") + "期限至" + end
                    + "，尚未届满；当事人未书面放弃的，不能提前结束（《行政处罚法》第四十四条、第四十五条、第六十四条）");
        }
        ctx.log(f, StepNames.of(TASK_HEAR_PARTY), "陈述申辩期限届满", null);
        ctx.complete(task);
    }

    private CaseFile notified(long caseId) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        if (f.procedure.noticeServedOn == null || f.record.decisionDate != null) {
            throw new BusinessRuleException("事先告知", "案件 " + f.record.caseNo + " 尚未送达事先告知书或已作出决定");
        }
        return f;
    }
}
