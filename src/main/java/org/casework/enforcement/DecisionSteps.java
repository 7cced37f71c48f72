package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_DECIDE_CASE;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_DISCUSS_CASE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.base.RuleViolation;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.enforcement.WorkflowCommands.Decision;
import org.casework.enforcement.WorkflowCommands.Discussion;
import org.casework.security.Role;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Collective discussion and the decision. The gates of the decision hold for every caller: no penalty
 * without a served prior notice and before its windows closed or were waived in writing; none without
 * a required, agreed legal review; none heavier than notified; none while suspended or a hearing is
 * pending; at least two certified handling officers.
 */
@Component
class DecisionSteps {

    private final StepContext ctx;
    private final ClockSteps clock;

    DecisionSteps(StepContext ctx, ClockSteps clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    void discuss(long caseId, Discussion cmd) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        TaskItem task = ctx.take(f, TASK_DISCUSS_CASE, StepNames.of(TASK_DISCUSS_CASE));
        clock.recordDiscussion(f, cmd);
        ctx.save(f);
        ctx.log(f, StepNames.of(TASK_DISCUSS_CASE), "负责人集体讨论", text(cmd.conclusion(), "讨论决定", 2000, true));
        ctx.complete(task);
    }

    void decide(long caseId, Decision cmd) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        TaskItem task = ctx.take(f, TASK_DECIDE_CASE, StepNames.of(TASK_DECIDE_CASE));
        PenaltyOutcome outcome = required(cmd.outcome(), "决定结果");
        List<ProposedPenalty> items = outcome == PenaltyOutcome.PENALTY ? PenaltyRules.checkedItems(cmd.items()) : List.of();
        BusinessRuleException.throwIfAny(gates(f, outcome, items));
        PenaltyCase c = f.record;
        CaseProcedure p = f.procedure;
        c.decisionDate = ctx.today();
        c.outcome = outcome;
        p.decidedBy = ctx.current.get().username();
        p.setItems(StagedPenalty.Stage.DECIDED, items);
        c.items.clear();
        c.fineAmount = ProposedPenalty.total(items, PenaltyType.FINE);
        c.confiscationAmount = ProposedPenalty.total(items, PenaltyType.CONFISCATION);
        items.stream().map(ProposedPenalty::type).distinct()
                .forEach(t -> c.items.add(new PenaltyItem(t, t == PenaltyType.FINE ? c.fineAmount : t == PenaltyType.CONFISCATION ? c.confiscationAmount : null)));
        String detail;
        if (outcome == PenaltyOutcome.PENALTY) {
            int days = ctx.settings.effective(c.orgId).publicationDays();
            p.publicationDue = DeadlineRule.PUBLICATION.dueFrom(ctx.deadlines.calendar(), c.decisionDate, days).value();
            detail = ProposedPenalty.describe(items);
        } else if (outcome == PenaltyOutcome.NO_PENALTY) {
            c.noPenaltyReason = required(cmd.noPenaltyReason(), "不予处罚理由");
            p.caseEndedOn = ctx.today();
            detail = c.noPenaltyReason.label();
        } else {
            c.transferType = TransferType.ADMINISTRATIVE;
            c.transferOrgan = text(cmd.transferOrgan() != null ? cmd.transferOrgan() : p.proposalTransferOrgan, "移送机关", 100, true);
            c.transferDate = ctx.today();
            p.caseEndedOn = ctx.today();
            detail = "移送" + c.transferOrgan;
        }
        DecisionClock dc = ctx.deadlines.decisionClock(f, ctx.today());
        c.pausedDays = dc.pausedDays();
        c.extensionDays = dc.extensionDays();
        ctx.save(f);
        if (outcome == PenaltyOutcome.PENALTY) {
            ctx.documents.penaltyDecision(f, text(cmd.statementsAndHearing(), "陈述申辩和听证情况", 2000, false), items);
        }
        ctx.log(f, StepNames.of(TASK_DECIDE_CASE), "作出决定：" + outcome.label() + (dc.state() == DeadlineState.MET_LATE ? "（超过办案期限）" : ""), detail);
        ctx.complete(task);
    }

    /** Every gate the decision fails, each naming its rule. */
    private List<RuleViolation> gates(CaseFile f, PenaltyOutcome outcome, List<ProposedPenalty> items) {
        List<RuleViolation> v = new ArrayList<>();
        PenaltyCase c = f.record;
        CaseProcedure p = f.procedure;
        if (outcome == PenaltyOutcome.NOT_FILED || outcome == PenaltyOutcome.FILING_WITHDRAWN) {
            v.add(new RuleViolation("决定结果", "处理决定只能是给予行政处罚、不予行政处罚或移送（《行政处罚法》第五十七条）"));
            return v;
        }
        f.pauses().stream().filter(x -> x.toDate == null && x.kind.stopsDecisionClock()).findFirst().ifPresent(x ->
                v.add(new RuleViolation("办案期限", "案件处于" + x.kind.label() + "期间（自" + x.fromDate + "起），不能作出决定")));
        if (c.legalReviewRequired) {
            CaseReview legal = f.reviews().stream().filter(r -> r.kind == ReviewKind.LEGAL && r.completedOn != null)
                    .reduce((a, b) -> b).orElse(null);
            if (legal == null || legal.opinion != ReviewConclusion.AGREE) {
                v.add(new RuleViolation("法制审核", "本案属于须法制审核的案件，未经法制审核或者审核未通过的，不得作出决定（《行政处罚法》第五十八条）"));
            }
        }
        if ((c.legalReviewRequired || p.complexCase) && c.discussions.stream().noneMatch(d -> p.reportedOn != null && !d.meetingDate().isBefore(p.reportedOn))) {
            v.add(new RuleViolation("集体讨论", "情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定（《行政处罚法》第五十七条第二款）"));
        }
        if (outcome == PenaltyOutcome.PENALTY) {
            if (p.noticeServedOn == null) {
                v.add(new RuleViolation("事先告知", "作出行政处罚决定之前，应当告知当事人拟作出的处罚内容及事实、理由、依据和依法享有的权利；未告知的，不得作出处罚决定"
                        + "（《行政处罚法》第四十四条、第六十二条）"));
            } else {
                if (!p.windowsClosedOn(ctx.today())) {
                    v.add(new RuleViolation("陈述申辩期限", "陈述、申辩" + (p.hearingEligible ? "和听证申请" : "") + "期限尚未届满（至"
                            + CaseDeadlines.later(p.defenceWindowEnd, p.hearingEligible ? p.hearingWindowEnd : null)
                            + "），当事人也未书面放弃，不得作出处罚决定（《行政处罚法》第四十五条、第六十二条）"));
                }
                if (c.hearingRequestDate != null && p.hearingOutcome == null) {
                    v.add(new RuleViolation("听证", "当事人要求听证，听证结束后方可作出决定（《行政处罚法》第六十五条）"));
                }
                String heavier = PenaltyRules.heavierThan(items, p.items(StagedPenalty.Stage.NOTIFIED));
                if (heavier != null) {
                    v.add(new RuleViolation("处罚种类", c.defences.isEmpty() && c.hearingRequestDate == null
                            ? "决定的处罚重于事先告知的处罚（" + heavier + "），须重新告知当事人（《行政处罚法》第四十四条）"
                            : "行政机关不得因当事人陈述、申辩或者要求听证而给予更重的处罚（《行政处罚法》第四十五条第二款）：" + heavier));
                }
                if (c.defences.stream().anyMatch(d -> d.adopted() == null)) {
                    v.add(new RuleViolation("陈述申辩", "当事人提出的陈述、申辩尚未复核（《行政处罚法》第四十五条）"));
                }
            }
            BigDecimal fine = ProposedPenalty.total(items, PenaltyType.FINE);
            if (fine != null && fine.signum() <= 0) {
                v.add(new RuleViolation("罚款金额", "罚款金额须大于0元"));
            }
        }
        try {
            ctx.requireTwoCertifiedHandlers(f);
        } catch (BusinessRuleException e) {
            v.addAll(e.violations());
        }
        return v;
    }
}
