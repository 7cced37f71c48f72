package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.CriminalTransferProcedure.TASK_DECIDE_TRANSFER;
import static org.casework.enforcement.process.CriminalTransferProcedure.TASK_RECORD_RECEIVER_ANSWER;
import static org.casework.enforcement.process.CriminalTransferProcedure.TASK_TRANSFER_CASE;

import java.time.LocalDateTime;
import org.casework.base.BusinessRuleException;
import org.casework.enforcement.WorkflowCommands.ReceiverAnswerEntry;
import org.casework.enforcement.WorkflowCommands.Transfer;
import org.casework.enforcement.WorkflowCommands.TransferDecision;
import org.casework.security.Role;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * The criminal transfer (两法衔接, 《行政执法机关移送涉嫌犯罪案件的规定》): the head decides within 3 days,
 * the case goes to the public security organ within 24 hours, and its answer is recorded. Accepted,
 * the case ends as transferred; refused or not approved, the administrative procedure goes on
 * (penalties may still be imposed, 第十一条).
 */
@Component
class TransferSteps {

    private final StepContext ctx;

    TransferSteps(StepContext ctx) {
        this.ctx = ctx;
    }

    void decide(long caseId, TransferDecision cmd) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        TaskItem task = ctx.take(f, TASK_DECIDE_TRANSFER, StepNames.of(TASK_DECIDE_TRANSFER));
        String opinion = text(cmd.opinion(), "审批意见", 500, !cmd.approved());
        f.procedure.transferDecidedOn = ctx.today();
        f.procedure.transferApproved = cmd.approved();
        if (!cmd.approved()) {
            f.procedure.proposal = null;
        }
        ctx.log(f, StepNames.of(TASK_DECIDE_TRANSFER), cmd.approved() ? "负责人批准移送司法机关" : "负责人不批准移送，继续调查", opinion);
        ctx.complete(task);
    }

    void transfer(long caseId, Transfer cmd) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_TRANSFER_CASE, StepNames.of(TASK_TRANSFER_CASE));
        ctx.requireCertifiedOfficer(f, true);
        LocalDateTime at = ctx.pastTime(cmd.transferredAt(), "移送时间", f.procedure.transferDecidedOn, "批准移送日期");
        String organ = text(cmd.organ(), "接收机关", 100, true);
        f.procedure.transferredAt = at;
        f.record.transferType = TransferType.CRIMINAL;
        f.record.transferOrgan = organ;
        f.record.transferDate = at.toLocalDate();
        ctx.save(f);
        boolean late = at.toLocalDate().isAfter(DeadlineRule.TRANSFER.dueFrom(ctx.deadlines.calendar(), f.procedure.transferDecidedOn).value());
        ctx.log(f, StepNames.of(TASK_TRANSFER_CASE), "移送" + organ + (late ? "（超过24小时）" : ""), "移送书、调查报告、涉案物品清单及有关检验报告或鉴定意见");
        ctx.complete(task);
    }

    void recordAnswer(long caseId, ReceiverAnswerEntry cmd) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_RECORD_RECEIVER_ANSWER, StepNames.of(TASK_RECORD_RECEIVER_ANSWER));
        ctx.requireCertifiedOfficer(f, true);
        ReceiverAnswer answer = required(cmd.answer(), "审查结果");
        f.procedure.receiverAnswer = answer;
        f.procedure.receiverAnsweredOn = ctx.past(cmd.answeredOn(), "答复日期", f.record.transferDate, "移送日期");
        f.procedure.receiverAnswerNote = text(cmd.note(), "答复说明", 500, answer == ReceiverAnswer.REFUSED);
        if (answer == ReceiverAnswer.ACCEPTED) {
            f.record.outcome = PenaltyOutcome.TRANSFER;
            f.record.decisionDate = f.procedure.transferDecidedOn;
            f.procedure.caseEndedOn = ctx.today();
        } else {
            f.procedure.proposal = null;
        }
        if (f.record.decisionDate == null && answer == ReceiverAnswer.ACCEPTED) {
            throw new BusinessRuleException("移送", "缺少批准移送的日期");
        }
        ctx.save(f);
        ctx.log(f, StepNames.of(TASK_RECORD_RECEIVER_ANSWER), f.record.transferOrgan + answer.label(),
                answer == ReceiverAnswer.REFUSED ? f.procedure.receiverAnswerNote + "；案件继续按行政程序办理" : null);
        ctx.complete(task);
    }
}
