package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_APPROVE_CLOSING;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_ARCHIVE_CASE;

import org.casework.base.BusinessRuleException;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.enforcement.WorkflowCommands.Closing;
import org.casework.security.Role;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Closing within 15 working days after the case ended (结案审批表, [SAMR] 第七十七条) and archiving one
 * file per case (一案一卷, 第七十八条): every valid document of the case in one PDF, produced on demand
 * by {@link DocumentService#archivePdf}.
 */
@Component
class ClosingSteps {

    private final StepContext ctx;
    private final DocumentService documents;

    ClosingSteps(StepContext ctx, DocumentService documents) {
        this.ctx = ctx;
        this.documents = documents;
    }

    void approveClosing(long caseId, Closing cmd) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        TaskItem task = ctx.take(f, TASK_APPROVE_CLOSING, StepNames.of(TASK_APPROVE_CLOSING));
        ClosingReason reason = required(cmd.reason(), "结案理由");
        requireConsistent(f, reason);
        f.procedure.closingReason = reason;
        if (f.procedure.caseEndedOn == null) {
            f.procedure.caseEndedOn = ctx.today();
        }
        f.record.closedDate = ctx.today();
        ctx.save(f);
        ctx.documents.closingApproval(f, reason, text(cmd.execution(), "执行情况", 500, false),
                text(cmd.handlerOpinion(), "承办人意见", 500, false), text(cmd.headOpinion(), "负责人审批意见", 500, false));
        ctx.log(f, StepNames.of(TASK_APPROVE_CLOSING), "批准结案：" + reason.label(), null);
        ctx.complete(task);
    }

    void archive(long caseId) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_ARCHIVE_CASE, StepNames.of(TASK_ARCHIVE_CASE));
        ctx.requireCertifiedOfficer(f, true);
        long valid = documents.countValid(CaseKind.PENALTY_CASE, f.id());
        if (valid == 0) {
            throw new BusinessRuleException("卷宗", "本案尚无有效文书，无法立卷归档");
        }
        f.record.archivedDate = ctx.today();
        ctx.save(f);
        ctx.log(f, StepNames.of(TASK_ARCHIVE_CASE), "立卷归档（一案一卷，" + valid + "份文书）", null);
        ctx.complete(task);
    }

    /** The closing reason must match how the case ended ([SAMR] 第七十七条). */
    private void requireConsistent(CaseFile f, ClosingReason reason) {
        PenaltyCase c = f.record;
        boolean ok = switch (reason) {
            case INVESTIGATION_TERMINATED -> f.procedure.terminatedOn != null;
            case NO_PENALTY -> c.outcome == PenaltyOutcome.NO_PENALTY;
            case TRANSFERRED -> c.outcome == PenaltyOutcome.TRANSFER;
            case EXECUTED -> c.outcome == PenaltyOutcome.PENALTY && Payments.outstanding(f).signum() == 0
                    && Payments.payableTotal(f).signum() > 0;
            case NOT_PAYABLE -> c.outcome == PenaltyOutcome.PENALTY && Payments.payableTotal(f).signum() == 0;
            case ENFORCEMENT_TERMINATED -> c.courtApplicationDate != null;
        };
        if (!ok) {
            throw new BusinessRuleException("结案理由", "结案理由“" + reason.label() + "”与本案情况不符（《市场监督管理行政处罚程序规定》第七十七条）");
        }
    }
}
