package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;

import java.time.LocalDate;
import org.casework.base.BusinessRuleException;
import org.casework.documents.forms.CollectiveDiscussionData;
import org.casework.enforcement.WorkflowCommands.Discussion;
import org.casework.enforcement.WorkflowCommands.ExtensionRequest;
import org.casework.enforcement.WorkflowCommands.PauseStart;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.stereotype.Component;

/**
 * The 90-day decision clock: pauses (中止, 公告, 检测鉴定 …; the hearing's pause is kept by the hearing
 * steps), extensions (+30 days by the head, beyond that by collective discussion), the warnings on day
 * 60 and 80, and the late-surcharge pauses of a reconsideration or lawsuit.
 */
@Component
class ClockSteps {

    static final int MAX_EXTENSION_DAYS = 365;

    private final StepContext ctx;

    ClockSteps(StepContext ctx) {
        this.ctx = ctx;
    }

    long pause(long caseId, PauseStart cmd) {
        PauseKind kind = required(cmd.kind(), "暂停原因");
        CaseFile f = kind == PauseKind.SUSPENSION ? ctx.open(caseId, Role.HEAD) : ctx.open(caseId, Role.OFFICER, Role.HEAD);
        if (!ctx.current.get().has(Role.HEAD)) {
            ctx.requireCertifiedOfficer(f, true);
        }
        if (kind == PauseKind.HEARING) {
            throw new BusinessRuleException("暂停原因", "听证期间由听证申请和听证结果自动计算，不能手工登记");
        }
        PenaltyCase c = f.record;
        LocalDate from;
        if (kind.stopsDecisionClock()) {
            if (c.filedDate == null || c.decisionDate != null || f.procedure.terminatedOn != null) {
                throw new BusinessRuleException("暂停原因", kind.label() + "只能在立案后、作出决定前登记（不计入办案期限，《市场监督管理行政处罚程序规定》第六十四条）");
            }
            from = ctx.past(cmd.from(), "开始日期", c.filedDate, "立案日期");
        } else {
            if (c.outcome != PenaltyOutcome.PENALTY || Payments.payableTotal(f).signum() <= 0) {
                throw new BusinessRuleException("暂停原因", kind.label() + "只影响加处罚款的计算，须在作出罚款决定之后登记（《行政处罚法》第七十三条）");
            }
            from = ctx.past(cmd.from(), "开始日期", c.decisionDate, "决定日期");
        }
        if (f.pauses().stream().anyMatch(p -> p.kind == kind && p.toDate == null)) {
            throw new BusinessRuleException("暂停原因", "本案已有未结束的" + kind.label() + "，请先登记其结束日期");
        }
        CasePause p = new CasePause();
        p.caseId = c.id;
        p.kind = kind;
        p.fromDate = from;
        p.reason = text(cmd.reason(), "暂停理由", 500, true);
        p.startedBy = ctx.current.get().username();
        f.recordPause(p);
        afterClockChange(f);
        ctx.log(f, StepNames.CLOCK, kind.stopsDecisionClock() ? "开始" + kind.label() + "，办案期限暂停计算" : "开始" + kind.label() + "，加处罚款暂停计算",
                from + "起：" + p.reason);
        return p.id;
    }

    void resume(long caseId, long pauseId, LocalDate to) {
        CaseFile f = ctx.open(caseId, Role.OFFICER, Role.HEAD);
        CasePause p = f.pauses().stream().filter(x -> x.id.equals(pauseId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("暂停", "本案没有这项暂停记录"));
        if (p.kind == PauseKind.HEARING) {
            throw new BusinessRuleException("暂停", "听证期间由听证结果自动结束");
        }
        if (p.toDate != null) {
            throw new BusinessRuleException("暂停", p.kind.label() + "已于" + p.toDate + "结束");
        }
        if (p.kind == PauseKind.SUSPENSION) {
            ctx.current.require(Role.HEAD);
        }
        p.toDate = ctx.past(to, "恢复日期", p.fromDate, "开始日期");
        p.endedBy = ctx.current.get().username();
        f.forgetChildren();
        afterClockChange(f);
        ctx.log(f, StepNames.CLOCK, p.kind.label() + "结束" + (p.kind.stopsDecisionClock() ? "，办案期限恢复计算" : ""),
                p.fromDate + "至" + p.toDate.minusDays(1) + "，共" + new Pause(p.id, p.kind, p.fromDate, p.toDate, null).daysUntil(p.toDate) + "日不计入");
    }

    /**
     * Extends the decision period: the head once by up to 30 days; beyond that only a collective
     * discussion of the heads, which the request then records ([SAMR] 第六十四条). Only before the
     * period runs out.
     */
    void extend(long caseId, ExtensionRequest cmd) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        UserContext head = ctx.current.get();
        PenaltyCase c = f.record;
        if (c.filedDate == null || c.decisionDate != null || f.procedure.terminatedOn != null) {
            throw new BusinessRuleException("延长期限", "只有已立案、尚未作出决定的案件可以延长办案期限");
        }
        DecisionClock clock = ctx.deadlines.decisionClock(f, ctx.today());
        if (ctx.today().isAfter(clock.dueDate())) {
            throw new BusinessRuleException("延长期限", "办案期限已于" + clock.dueDate() + "届满，延长须在期限届满前批准");
        }
        String reason = text(cmd.reason(), "延长理由", 500, true);
        boolean headUsed = clock.headExtensionUsed();
        ExtensionVia via = cmd.discussion() != null ? ExtensionVia.COLLECTIVE_DISCUSSION : ExtensionVia.HEAD;
        if (via == ExtensionVia.HEAD) {
            if (headUsed) {
                throw new BusinessRuleException("延长期限", "负责人已批准延长过三十日；再延期须经负责人集体讨论决定，并确定延长的合理期限"
                        + "（《市场监督管理行政处罚程序规定》第六十四条）");
            }
            if (cmd.days() < 1 || cmd.days() > DecisionClock.HEAD_EXTENSION_DAYS) {
                throw new BusinessRuleException("延长天数", "经负责人批准可以延长三十日以内（《市场监督管理行政处罚程序规定》第六十四条）");
            }
        } else {
            if (cmd.days() < 1 || cmd.days() > MAX_EXTENSION_DAYS) {
                throw new BusinessRuleException("延长天数", "集体讨论决定继续延期的，应当确定延长的合理期限（1至" + MAX_EXTENSION_DAYS + "日）");
            }
            recordDiscussion(f, cmd.discussion());
        }
        CaseExtension e = new CaseExtension();
        e.caseId = c.id;
        e.days = cmd.days();
        e.approvedVia = via;
        e.approvedOn = ctx.today();
        e.approvedBy = head.username();
        e.approverName = head.displayName();
        e.reason = reason;
        f.recordExtension(e);
        afterClockChange(f);
        ctx.log(f, StepNames.CLOCK, "办案期限延长" + cmd.days() + "日（" + via.label() + "）",
                reason + "；新的办案期限：" + ctx.deadlines.decisionClock(f, ctx.today()).dueDate());
    }

    /** A warning of the clock fired (day 60, day 80, expired); recorded unless the case was decided meanwhile. */
    void recordWarning(long caseId, String warning) {
        CaseFile f = ctx.files.load(caseId);
        if (f.record.decisionDate != null || f.procedure.terminatedOn != null) {
            return;
        }
        DecisionClock clock = ctx.deadlines.decisionClock(f, ctx.today());
        String action = switch (warning) {
            case "DAY_60" -> "办案期限预警：已进入第60日";
            case "DAY_80" -> "办案期限预警：已进入第80日";
            case "EXPIRED" -> "办案期限已届满（《行政处罚法》第六十条）";
            default -> throw new IllegalArgumentException("unknown clock warning " + warning);
        };
        ctx.log(f, StepNames.CLOCK, action, "办案期限至" + clock.dueDate() + "（已延长" + clock.extensionDays() + "日，暂停" + clock.pausedDays() + "日）");
    }

    /** The collective discussion that extends the period, counted as one 集体讨论 session. */
    void recordDiscussion(CaseFile f, Discussion d) {
        CollectiveDiscussionData data = new CollectiveDiscussionData(f.record.cause, f.record.partyName, required(d.heldAt(), "讨论时间"),
                d.place(), d.chair(), d.recorder(), d.attendees(), null, d.caseReport(), d.opinions(), d.conclusion());
        ctx.pastTime(d.heldAt(), "讨论时间", f.record.filedDate, "立案日期");
        f.record.discussions.add(new CollectiveDiscussion(d.heldAt().toLocalDate(), text(d.conclusion(), "讨论决定", 2000, true),
                text(String.join("、", data.attendees()), "参加人员", 500, true)));
        ctx.documents.collectiveDiscussion(f, data);
    }

    /** Writes the paused and extension days into the case (decision_due_date) and moves or holds the clock's timers. */
    void afterClockChange(CaseFile f) {
        DecisionClock clock = ctx.deadlines.decisionClock(f, ctx.today());
        if (clock != null) {
            f.record.pausedDays = clock.pausedDays();
            f.record.extensionDays = clock.extensionDays();
            ctx.processes.rescheduleClockTimers(f, clock.paused());
            ctx.processes.updateDueDate(f, GeneralPenaltyProcedure.TASK_DECIDE_CASE, clock.dueDate());
        }
        ctx.save(f);
    }
}
