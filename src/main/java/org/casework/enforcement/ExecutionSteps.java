package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_APPLY_FOR_COURT_ENFORCEMENT;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_COLLECT_PAYMENT;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_PUBLISH_DECISION;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REMIND_PARTY;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_SERVE_DECISION;
import static org.casework.enforcement.process.PublicationWithdrawal.TASK_WITHDRAW_PUBLICATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.enforcement.WorkflowCommands.CourtApplication;
import org.casework.enforcement.WorkflowCommands.DecisionChange;
import org.casework.enforcement.WorkflowCommands.DecisionService;
import org.casework.enforcement.WorkflowCommands.Deferral;
import org.casework.enforcement.WorkflowCommands.Payment;
import org.casework.enforcement.WorkflowCommands.Publication;
import org.casework.enforcement.WorkflowCommands.Reminder;
import org.casework.security.Role;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * After the decision: service (on the spot or within 7 working days; electronic only with consent),
 * publication (and withdrawal within 3 working days of a change), payment within 15 days with the
 * late surcharge, deferral and instalments, the reminder and the application to the court.
 */
@Component
class ExecutionSteps {

    private final StepContext ctx;

    ExecutionSteps(StepContext ctx) {
        this.ctx = ctx;
    }

    void serve(long caseId, DecisionService cmd) {
        CaseFile f = decided(caseId);
        TaskItem task = ctx.take(f, TASK_SERVE_DECISION, StepNames.of(TASK_SERVE_DECISION));
        ctx.requireCertifiedOfficer(f, true);
        PenaltyCase c = f.record;
        ServiceMethod method = required(cmd.method(), "送达方式");
        LocalDateTime servedAt = ctx.pastTime(cmd.servedAt(), "送达时间", c.decisionDate, "决定日期");
        if (method == ServiceMethod.ELECTRONIC && !cmd.electronicConsent()) {
            throw new BusinessRuleException("送达方式", "当事人同意并签订确认书的，行政机关才可以采用传真、电子邮件等方式送达（《行政处罚法》第六十一条第二款）");
        }
        if (cmd.onTheSpot() && !servedAt.toLocalDate().equals(c.decisionDate)) {
            throw new BusinessRuleException("送达时间", "当场交付的，送达日期即宣告决定的日期（" + c.decisionDate + "）");
        }
        f.procedure.servedOnTheSpot = cmd.onTheSpot();
        f.procedure.electronicConsent = cmd.electronicConsent();
        c.serviceDate = servedAt.toLocalDate();
        c.serviceMethod = method.label();
        if (Payments.payableTotal(f).signum() > 0) {
            f.procedure.paymentDue = DeadlineRule.PAYMENT.dueFrom(ctx.deadlines.calendar(), c.serviceDate).value();
        }
        ctx.save(f);
        ctx.documents.serviceReceipt(f, method, servedAt, text(cmd.recipient(), "受送达人", 200, false) == null ? c.partyName
                : text(cmd.recipient(), "受送达人", 200, false), text(cmd.witness(), "见证人", 100, false), text(cmd.remarks(), "备注", 500, false));
        LocalDate due = DeadlineRule.SERVICE.dueFrom(ctx.deadlines.calendar(), c.decisionDate).value();
        ctx.log(f, StepNames.of(TASK_SERVE_DECISION), "送达行政处罚决定书（" + method.label() + (cmd.onTheSpot() ? "，当场交付" : "") + "）",
                (!cmd.onTheSpot() && c.serviceDate.isAfter(due) ? "超过七日送达期限（应于" + due + "前送达，《行政处罚法》第六十一条）；" : "")
                        + (f.procedure.paymentDue == null ? "" : "缴款期限至" + f.procedure.paymentDue));
        ctx.complete(task);
    }

    void publish(long caseId, Publication cmd) {
        CaseFile f = decided(caseId);
        TaskItem task = ctx.take(f, TASK_PUBLISH_DECISION, StepNames.of(TASK_PUBLISH_DECISION));
        ctx.requireCertifiedOfficer(f, true);
        f.record.publicationDate = ctx.past(cmd.publishedOn(), "公开日期", f.record.decisionDate, "决定日期");
        ctx.save(f);
        boolean late = f.procedure.publicationDue != null && f.record.publicationDate.isAfter(f.procedure.publicationDue);
        ctx.log(f, StepNames.of(TASK_PUBLISH_DECISION), "公开行政处罚决定" + (late ? "（超过公开期限" + f.procedure.publicationDue + "）" : ""), null);
        ctx.complete(task);
    }

    /** A payment; paid in full, the wait for payment (or the reminder or the court application) ends. */
    void recordPayment(long caseId, Payment cmd) {
        CaseFile f = decided(caseId);
        ctx.requireCertifiedOfficer(f, true);
        BigDecimal outstanding = Payments.outstanding(f);
        if (Payments.payableTotal(f).signum() <= 0) {
            throw new BusinessRuleException("实缴金额", "本案决定没有须缴纳的罚没款");
        }
        LocalDate paidOn = ctx.past(cmd.paidOn(), "缴款日期", f.record.decisionDate, "决定日期");
        BigDecimal amount = Amounts.orZero(cmd.amount());
        BigDecimal surcharge = Amounts.orZero(cmd.surcharge());
        if (amount.signum() < 0 || surcharge.signum() < 0 || amount.add(surcharge).signum() == 0) {
            throw new BusinessRuleException("实缴金额", "请填写实缴的罚没款或加处罚款（不能为负数）");
        }
        if (amount.compareTo(outstanding) > 0) {
            throw new BusinessRuleException("实缴金额", "实缴金额（" + amount.toPlainString() + "元）超过尚欠的罚没款（" + outstanding.toPlainString() + "元）");
        }
        BigDecimal surchargeOpen = Payments.surchargeUntil(f, paidOn).subtract(Payments.surchargePaid(f));
        if (surcharge.compareTo(surchargeOpen.max(BigDecimal.ZERO)) > 0) {
            throw new BusinessRuleException("加处罚款", "加处罚款（" + surcharge.toPlainString() + "元）超过截至缴款日应加处的数额（"
                    + surchargeOpen.max(BigDecimal.ZERO).toPlainString() + "元；每日百分之三，不超过罚款数额，复议、诉讼期间不计，《行政处罚法》第七十二条、第七十三条）");
        }
        f.record.payments.add(new PenaltyPayment(paidOn, amount, surcharge));
        ctx.save(f);
        boolean paidInFull = Payments.outstanding(f).signum() == 0;
        ctx.log(f, StepNames.PAYMENT, paidInFull ? "罚没款已缴清" : "收到部分缴款", "实缴" + amount.toPlainString() + "元"
                + (surcharge.signum() > 0 ? "，加处罚款" + surcharge.toPlainString() + "元" : ""));
        if (paidInFull) {
            f.procedure.caseEndedOn = paidOn;
            for (String key : List.of(TASK_COLLECT_PAYMENT, TASK_REMIND_PARTY, TASK_APPLY_FOR_COURT_ENFORCEMENT)) {
                ctx.processes.completeIfOpen(f, key);
            }
            ctx.closeSimpleIfDone(f);
        }
    }

    /** The head grants a deferral or instalments on the party's written application (第六十六条). */
    void grantDeferral(long caseId, Deferral cmd) {
        CaseFile f = decided(caseId);
        ctx.current.require(Role.HEAD);
        String reason = text(cmd.reason(), "申请理由", 500, true);
        if (!ctx.processes.isAt(f, TASK_COLLECT_PAYMENT)) {
            throw new BusinessRuleException("延期缴纳", "只能在缴款期限内批准延期或分期缴纳");
        }
        List<Instalment> plan = cmd.instalments() == null ? List.of()
                : cmd.instalments().stream().sorted(Comparator.comparing(Instalment::dueDate)).toList();
        if (plan.isEmpty() || plan.stream().anyMatch(i -> i.dueDate() == null || i.amount() == null || i.amount().signum() <= 0)) {
            throw new BusinessRuleException("分期", "请填写每期的缴款期限和金额（金额须大于0元）");
        }
        if (plan.get(0).dueDate().isBefore(ctx.today())) {
            throw new BusinessRuleException("分期", "缴款期限不能早于今天");
        }
        BigDecimal total = plan.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(Payments.outstanding(f)) != 0) {
            throw new BusinessRuleException("分期", "各期金额合计（" + total.toPlainString() + "元）须等于尚欠的罚没款（" + Payments.outstanding(f).toPlainString() + "元）");
        }
        f.procedure.instalments.clear();
        f.procedure.instalments.addAll(plan.stream().map(i -> new Instalment(i.dueDate(), Amounts.normal(i.amount()))).toList());
        f.procedure.paymentDue = plan.get(plan.size() - 1).dueDate();
        f.procedure.deferredBy = ctx.current.get().username();
        ctx.processes.reschedulePaymentTimer(f);
        ctx.processes.updateDueDate(f, TASK_COLLECT_PAYMENT, f.procedure.paymentDue);
        ctx.log(f, StepNames.PAYMENT, plan.size() == 1 ? "负责人批准延期缴纳" : "负责人批准分期缴纳（" + plan.size() + "期）",
                reason + "；最后缴款期限" + f.procedure.paymentDue);
    }

    void remind(long caseId, Reminder cmd) {
        CaseFile f = decided(caseId);
        TaskItem task = ctx.take(f, TASK_REMIND_PARTY, StepNames.of(TASK_REMIND_PARTY));
        ctx.requireCertifiedOfficer(f, true);
        f.procedure.reminderServedOn = ctx.past(cmd.servedOn(), "催告书送达日期", f.procedure.paymentDue, "缴款期限");
        ctx.log(f, StepNames.of(TASK_REMIND_PARTY), "送达催告书（《行政强制法》第五十四条）",
                "当事人仍未履行的，可于" + DeadlineRule.REMINDER_PERIOD.dueFrom(ctx.deadlines.calendar(), f.procedure.reminderServedOn).value()
                        + "后申请人民法院强制执行");
        ctx.complete(task);
    }

    void applyToCourt(long caseId, CourtApplication cmd) {
        CaseFile f = decided(caseId);
        TaskItem task = ctx.take(f, TASK_APPLY_FOR_COURT_ENFORCEMENT, StepNames.of(TASK_APPLY_FOR_COURT_ENFORCEMENT));
        ctx.requireCertifiedOfficer(f, true);
        LocalDate applied = ctx.past(cmd.appliedOn(), "申请日期", f.procedure.reminderServedOn, "催告书送达日期");
        LocalDate reminderOver = DeadlineRule.REMINDER_PERIOD.dueFrom(ctx.deadlines.calendar(), f.procedure.reminderServedOn).value();
        if (!applied.isAfter(reminderOver)) {
            throw new BusinessRuleException("申请日期", "催告书送达十日后当事人仍未履行义务的，方可申请人民法院强制执行（《行政强制法》第五十四条）：最早"
                    + reminderOver.plusDays(1));
        }
        LocalDate start = ctx.deadlines.courtPeriodStart(f);
        if (applied.isBefore(start)) {
            throw new BusinessRuleException("申请日期", "当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行的，行政机关方可申请人民法院强制执行；"
                    + "起诉期限于" + start + "届满（《行政强制法》第五十三条）");
        }
        LocalDate last = DeadlineRule.COURT_APPLICATION.dueFrom(ctx.deadlines.calendar(), start).value();
        f.record.courtApplicationDate = applied;
        f.procedure.caseEndedOn = ctx.today();
        ctx.save(f);
        ctx.log(f, StepNames.of(TASK_APPLY_FOR_COURT_ENFORCEMENT), "申请人民法院强制执行", text(cmd.court(), "受理法院", 200, true)
                + (applied.isAfter(last) ? "（超过三个月申请期限" + last + "）" : ""));
        ctx.complete(task);
    }

    /** The decision was changed or revoked; a published one must be withdrawn within 3 working days. */
    void recordDecisionChanged(long caseId, DecisionChange cmd) {
        CaseFile f = ctx.open(caseId, Role.OFFICER, Role.HEAD);
        if (f.record.outcome != PenaltyOutcome.PENALTY) {
            throw new BusinessRuleException("决定", "本案没有行政处罚决定");
        }
        if (f.procedure.decisionChangedOn != null) {
            throw new BusinessRuleException("决定", "已于" + f.procedure.decisionChangedOn + "登记决定变更");
        }
        f.procedure.decisionChangedOn = ctx.past(cmd.changedOn(), "变更或撤销日期", f.record.decisionDate, "决定日期");
        f.procedure.decisionChangeNote = text(cmd.note(), "变更或撤销情况", 500, true);
        ctx.log(f, StepNames.PUBLICATION, "处罚决定被变更、撤销或者确认违法、无效", f.procedure.decisionChangeNote);
        if (f.record.publicationDate != null && f.record.publicationWithdrawnDate == null) {
            ctx.processes.startWithdrawal(f.record);
        }
    }

    void withdrawPublication(long caseId, LocalDate withdrawnOn, String reason) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_WITHDRAW_PUBLICATION, StepNames.of(TASK_WITHDRAW_PUBLICATION));
        f.record.publicationWithdrawnDate = ctx.past(withdrawnOn, "撤回公开日期", f.procedure.decisionChangedOn, "变更或撤销日期");
        ctx.save(f);
        ctx.log(f, StepNames.PUBLICATION, "撤回公开的处罚决定信息并公开说明理由", text(reason, "撤回理由", 500, true));
        ctx.complete(task);
    }

    private CaseFile decided(long caseId) {
        CaseFile f = ctx.open(caseId, Role.OFFICER, Role.HEAD);
        if (f.record.outcome != PenaltyOutcome.PENALTY) {
            throw new BusinessRuleException("决定", "案件 " + f.record.caseNo + " 尚未作出行政处罚决定");
        }
        return f;
    }
}
