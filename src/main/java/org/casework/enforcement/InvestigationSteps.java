package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_DECIDE_PRESERVED_EVIDENCE;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_DECIDE_RECUSAL;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_INVESTIGATE_CASE;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REPORT_INVESTIGATION;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REVISE_REPORT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casework.base.BusinessRuleException;
import org.casework.enforcement.WorkflowCommands.InvestigationReport;
import org.casework.enforcement.WorkflowCommands.PreservationOrder;
import org.casework.enforcement.WorkflowCommands.PreservationOutcome;
import org.casework.enforcement.WorkflowCommands.RecusalApplication;
import org.casework.enforcement.WorkflowCommands.RecusalDecision;
import org.casework.enforcement.WorkflowCommands.Seizure;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.security.Colleagues;
import org.casework.security.Role;
import org.casework.staff.OfficerRef;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * The investigation: records and evidence, preservation of evidence (decided within 7 working days or
 * it lapses), seizure (30 days, once +30), recusal, termination, and the investigation report with
 * its proposal.
 */
@Component
class InvestigationSteps {

    private final StepContext ctx;
    private final LeadSteps leads;

    InvestigationSteps(StepContext ctx, LeadSteps leads) {
        this.ctx = ctx;
        this.leads = leads;
    }

    void addEvidence(long caseId, EvidenceEntry e) {
        CaseFile f = investigating(caseId);
        ctx.requireCertifiedOfficer(f, true);
        CaseEvidence row = new CaseEvidence();
        row.caseId = f.id();
        row.kind = required(e.kind(), "证据种类");
        row.title = text(e.title(), "证据名称", 200, true);
        row.takenOn = ctx.past(e.takenOn(), "取证日期", f.record.leadDate, "线索日期");
        row.description = text(e.description(), "证据说明", 2000, false);
        row.recordedBy = ctx.current.get().username();
        ctx.files.evidence.save(row);
        ctx.log(f, StepNames.EVIDENCE, "登记" + row.kind.label(), row.title);
    }

    void finishInvestigation(long caseId) {
        CaseFile f = investigating(caseId);
        TaskItem task = ctx.take(f, TASK_INVESTIGATE_CASE, "调查取证");
        ctx.requireCertifiedOfficer(f, true);
        requireNotSuspended(f);
        if (ctx.files.evidence.countByCaseId(f.id()) == 0) {
            throw new BusinessRuleException("证据", "调查终结前须登记证据；证据经查证属实，方可作为认定案件事实的根据（《行政处罚法》第四十六条）");
        }
        ctx.log(f, StepNames.of(TASK_INVESTIGATE_CASE), "调查取证完毕", null);
        ctx.complete(task);
    }

    /** The report at the end of the investigation, or its revision after a review advised correction. */
    void submitReport(long caseId, InvestigationReport r) {
        CaseFile f = investigating(caseId);
        boolean revision = ctx.processes.isAt(f, TASK_REVISE_REPORT);
        String key = revision ? TASK_REVISE_REPORT : TASK_REPORT_INVESTIGATION;
        TaskItem task = ctx.take(f, key, StepNames.of(TASK_REPORT_INVESTIGATION));
        ctx.requireCertifiedOfficer(f, true);
        requireNotSuspended(f);
        CaseProcedure p = f.procedure;
        Proposal proposal = required(r.proposal(), "处理意见");
        p.facts = text(r.facts(), "违法事实", 4000, true);
        p.evidenceSummary = text(r.evidence(), "证据", 2000, true);
        p.violatedProvision = text(r.violatedProvision(), "违反的规定", 500, proposal == Proposal.PENALTY);
        p.penaltyBasis = text(r.penaltyBasis(), "处罚依据", 500, proposal == Proposal.PENALTY);
        p.discretion = text(r.discretion(), "自由裁量理由", 2000, false);
        p.proposal = proposal;
        p.proposalNoPenaltyReason = proposal == Proposal.NO_PENALTY ? required(r.noPenaltyReason(), "不予处罚理由") : null;
        p.proposalTransferOrgan = proposal == Proposal.TRANSFER_ADMINISTRATIVE
                ? text(r.transferOrgan(), "移送机关", 100, true) : text(r.transferOrgan(), "移送机关", 100, false);
        p.setItems(StagedPenalty.Stage.PROPOSED, proposal == Proposal.PENALTY ? PenaltyRules.checkedItems(r.items()) : List.of());
        p.complexCase = r.complexCase();
        p.legalReviewGrounds = text(r.legalReviewGrounds(), "法制审核事由", 300, false);
        p.reportedOn = ctx.today();
        f.record.legalReviewRequired = p.legalReviewGrounds != null;
        if (proposal != Proposal.TRANSFER_CRIMINAL) {
            CaseReview review = new CaseReview();
            review.caseId = f.id();
            review.kind = f.record.legalReviewRequired ? ReviewKind.LEGAL : ReviewKind.CASE;
            review.submittedOn = ctx.today();
            ctx.files.reviews.save(review);
            f.forgetChildren();
        }
        ctx.save(f);
        String detail = proposal.label() + (proposal == Proposal.PENALTY ? "：" + ProposedPenalty.describe(p.items(StagedPenalty.Stage.PROPOSED)) : "")
                + (f.record.legalReviewRequired ? "；须法制审核（" + p.legalReviewGrounds + "）" : "")
                + (p.complexCase ? "；情节复杂或者重大违法，须集体讨论" : "");
        ctx.log(f, StepNames.of(TASK_REPORT_INVESTIGATION), revision ? "按审核意见修改处理意见" : "提交调查终结报告", detail);
        ctx.complete(task);
    }

    /** The head ends the investigation ([SAMR] 第四十七条: the party died or ceased without successor …). */
    void terminate(long caseId, String reason) {
        CaseFile f = investigating(caseId);
        ctx.current.require(Role.HEAD);
        String why = text(reason, "终止调查理由", 500, true);
        if (!inInvestigation(f)) {
            throw new BusinessRuleException("终止调查", "案件已调查终结，不能终止调查");
        }
        f.procedure.terminatedOn = ctx.today();
        f.procedure.terminationReason = why;
        f.procedure.caseEndedOn = ctx.today();
        f.pauses().stream().filter(p -> p.toDate == null && p.kind.stopsDecisionClock()).forEach(p -> {
            p.toDate = ctx.today();
            p.endedBy = ctx.current.get().username();
        });
        f.forgetChildren();
        ctx.save(f);
        ctx.log(f, StepNames.EVIDENCE, "负责人决定终止调查", why);
        ctx.processes.correlate(f, GeneralPenaltyProcedure.MESSAGE_INVESTIGATION_TERMINATED, Map.of());
    }

    long preserveEvidence(long caseId, PreservationOrder order) {
        CaseFile f = investigating(caseId);
        String approver;
        if (ctx.current.get().has(Role.HEAD)) {
            approver = ctx.current.get().username();
        } else {
            ctx.requireCertifiedOfficer(f, true);
            String named = text(order.approvedByHead(), "批准的负责人", 64, true);
            Colleagues.Colleague head = ctx.colleagues.byUsername(named).filter(u -> u.has(Role.HEAD) && u.enabled())
                    .filter(u -> ctx.current.get().canSee(u.orgId()) || ctx.orgs.subtreeIds(u.orgId()).contains(f.record.orgId))
                    .orElseThrow(() -> new BusinessRuleException("批准的负责人", "“" + named + "”不是本机构的负责人；先行登记保存应当经行政机关负责人批准（《行政处罚法》第五十六条）"));
            approver = head.username();
        }
        EvidencePreservation e = new EvidencePreservation();
        e.caseId = f.id();
        e.preservedOn = ctx.past(order.preservedOn(), "登记保存日期", f.record.filedDate, "立案日期");
        e.items = text(order.items(), "登记保存的物品", 1000, true);
        e.approvedBy = approver;
        e.decideBy = DeadlineRule.PRESERVATION.dueFrom(ctx.deadlines.calendar(), e.preservedOn).value();
        ctx.files.preservations.save(e);
        ctx.log(f, StepNames.EVIDENCE, "先行登记保存证据（负责人" + approver + "批准）", e.items + "；应于" + e.decideBy + "前作出处理决定");
        ctx.processes.correlate(f, GeneralPenaltyProcedure.MESSAGE_EVIDENCE_PRESERVED,
                Map.of(GeneralPenaltyProcedure.VAR_PRESERVATION_ID, e.id));
        return e.id;
    }

    void decidePreservation(long caseId, PreservationOutcome cmd) {
        CaseFile f = ctx.open(caseId, Role.OFFICER, Role.HEAD);
        TaskItem task = ctx.processes.findWhere(f, TASK_DECIDE_PRESERVED_EVIDENCE, GeneralPenaltyProcedure.VAR_PRESERVATION_ID,
                cmd.preservationId()).map(ctx.processes::takeTask)
                .orElseThrow(() -> new BusinessRuleException("先行登记保存", "该登记保存已处理或已自动解除"));
        if (!ctx.current.get().has(Role.HEAD)) {
            ctx.requireCertifiedOfficer(f, true);
        }
        EvidencePreservation e = ctx.files.preservations.findById(cmd.preservationId()).orElseThrow();
        PreservationDecision decision = required(cmd.decision(), "处理决定");
        if (decision == PreservationDecision.LAPSED) {
            throw new BusinessRuleException("处理决定", "自动解除由期限届满产生，不能手工选择");
        }
        if (ctx.today().isAfter(e.decideBy)) {
            throw new BusinessRuleException("处理决定", "七日处理期限已于" + e.decideBy + "届满，先行登记保存已自动解除（《行政处罚法》第五十六条）");
        }
        e.decision = decision;
        e.decidedOn = ctx.today();
        e.decisionNote = text(cmd.note(), "处理说明", 500, false);
        ctx.log(f, StepNames.of(TASK_DECIDE_PRESERVED_EVIDENCE), decision.label(), e.items);
        ctx.complete(task);
    }

    /** 7 working days passed without a decision: the preservation lapses ([SAMR] 第三十五条). */
    void lapsePreservation(long preservationId) {
        EvidencePreservation e = ctx.files.preservations.findById(preservationId).orElseThrow();
        if (e.decision != null) {
            return;
        }
        e.decision = PreservationDecision.LAPSED;
        e.decidedOn = ctx.today();
        CaseFile f = ctx.files.load(e.caseId);
        ctx.log(f, StepNames.EVIDENCE, "先行登记保存逾期未处理，自动解除（《市场监督管理行政处罚程序规定》第三十五条）", e.items);
    }

    void seize(long caseId, Seizure cmd) {
        CaseFile f = investigating(caseId);
        ctx.current.require(Role.HEAD);
        MeasureType type = required(cmd.type(), "强制措施种类");
        if (type != MeasureType.SEAL && type != MeasureType.SEIZE) {
            throw new BusinessRuleException("强制措施种类", "调查中可以登记的行政强制措施为查封、扣押（《行政强制法》第九条、第二十五条）");
        }
        LocalDate decided = ctx.past(cmd.decidedOn(), "决定日期", f.record.filedDate, "立案日期");
        String description = text(cmd.description(), "场所、设施或者财物", 1000, true);
        LocalDate due = DeadlineRule.SEIZURE.dueFrom(ctx.deadlines.calendar(), decided).value();
        f.record.measures.add(new CoerciveMeasure(type, decided, due, false, null, description));
        ctx.save(f);
        ctx.log(f, StepNames.MEASURES, "决定" + type.label(), description + "；期限至" + due);
    }

    /** Extends a seizure once by at most 30 days, before it runs out (《行政强制法》第二十五条). */
    void extendSeizure(long caseId, int measureNo, String reason) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        CoerciveMeasure m = measure(f, measureNo);
        String why = text(reason, "延长理由", 500, true);
        if (m.endedDate() != null) {
            throw new BusinessRuleException("强制措施", m.type().label() + "已于" + m.endedDate() + "解除");
        }
        if (m.extended()) {
            throw new BusinessRuleException("强制措施", m.type().label() + "已延长过一次，延长期限不得超过三十日（《行政强制法》第二十五条）");
        }
        if (ctx.today().isAfter(m.dueDate())) {
            throw new BusinessRuleException("强制措施", m.type().label() + "期限已于" + m.dueDate() + "届满，应当解除（《行政强制法》第二十八条）");
        }
        LocalDate due = DeadlineRule.SEIZURE.dueFrom(ctx.deadlines.calendar(), m.dueDate()).value();
        replace(f, m, new CoerciveMeasure(m.type(), m.decidedDate(), due, true, null, m.description()));
        ctx.log(f, StepNames.MEASURES, "负责人批准延长" + m.type().label() + "期限", why + "；延长至" + due);
    }

    void endSeizure(long caseId, int measureNo, LocalDate endedOn) {
        CaseFile f = ctx.open(caseId, Role.OFFICER, Role.HEAD);
        if (!ctx.current.get().has(Role.HEAD)) {
            ctx.requireCertifiedOfficer(f, true);
        }
        CoerciveMeasure m = measure(f, measureNo);
        if (m.endedDate() != null) {
            throw new BusinessRuleException("强制措施", m.type().label() + "已于" + m.endedDate() + "解除");
        }
        LocalDate ended = ctx.past(endedOn, "解除日期", m.decidedDate(), "决定日期");
        replace(f, m, new CoerciveMeasure(m.type(), m.decidedDate(), m.dueDate(), m.extended(), ended, m.description()));
        ctx.log(f, StepNames.MEASURES, "解除" + m.type().label(), m.description()
                + (ended.isAfter(m.dueDate()) ? "（超过期限" + m.dueDate() + "解除）" : ""));
    }

    long requestRecusal(long caseId, RecusalApplication cmd) {
        CaseFile f = investigating(caseId);
        if (!ctx.current.get().has(Role.HEAD)) {
            ctx.requireCertifiedOfficer(f, true);
        }
        if (f.record.officers.stream().noneMatch(o -> o.officerId().equals(cmd.officerId()))) {
            throw new BusinessRuleException("申请回避的人员", "当事人申请回避的人员须是本案承办人员");
        }
        RecusalRequest r = new RecusalRequest();
        r.caseId = f.id();
        r.officerId = cmd.officerId();
        r.requestedOn = ctx.past(cmd.requestedOn(), "申请日期", f.record.filedDate, "立案日期");
        r.reason = text(cmd.reason(), "申请理由", 500, true);
        ctx.files.recusals.save(r);
        ctx.log(f, StepNames.EVIDENCE, "当事人申请承办人员回避，调查继续进行（《行政处罚法》第四十三条）", officerName(cmd.officerId()) + "：" + r.reason);
        ctx.processes.correlate(f, GeneralPenaltyProcedure.MESSAGE_RECUSAL_REQUESTED, Map.of(GeneralPenaltyProcedure.VAR_RECUSAL_ID, r.id));
        return r.id;
    }

    void decideRecusal(long caseId, RecusalDecision cmd) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        TaskItem task = ctx.processes.findWhere(f, TASK_DECIDE_RECUSAL, GeneralPenaltyProcedure.VAR_RECUSAL_ID, cmd.requestId())
                .map(ctx.processes::takeTask).orElseThrow(() -> new BusinessRuleException("回避", "该回避申请已决定"));
        RecusalRequest r = ctx.files.recusals.findById(cmd.requestId()).orElseThrow();
        r.granted = cmd.granted();
        r.decidedOn = ctx.today();
        r.decidedBy = ctx.current.get().username();
        String detail = officerName(r.officerId);
        if (cmd.granted()) {
            Long replacement = required(cmd.replacementOfficerId(), "接替的承办人员");
            String oldUser = ctx.officers.userOf(r.officerId).flatMap(ctx.colleagues::byId).map(Colleagues.Colleague::username).orElse(null);
            List<CaseOfficer> changed = new ArrayList<>();
            for (CaseOfficer o : f.record.officers) {
                changed.add(o.officerId().equals(r.officerId) ? new CaseOfficer(replacement, o.role()) : o);
            }
            f.record.officers.clear();
            f.record.officers.addAll(leads.checkedOfficers(changed));
            r.replacementId = replacement;
            ctx.save(f);
            String newUser = ctx.officers.userOf(replacement).flatMap(ctx.colleagues::byId).map(Colleagues.Colleague::username).orElse(null);
            ctx.processes.reassign(f, oldUser, newUser);
            detail += "回避，由" + officerName(replacement) + "接替";
        } else {
            detail += "的回避申请不成立，驳回";
        }
        ctx.log(f, StepNames.of(TASK_DECIDE_RECUSAL), cmd.granted() ? "决定回避" : "驳回回避申请", detail);
        ctx.complete(task);
    }

    /** The measures of the case in a stable order (decision date, type, description); numbers start at 1. */
    static List<CoerciveMeasure> orderedMeasures(PenaltyCase c) {
        return c.measures.stream().sorted(Comparator.comparing(CoerciveMeasure::decidedDate)
                .thenComparing(CoerciveMeasure::type).thenComparing(m -> Objects.toString(m.description(), ""))).toList();
    }

    private CoerciveMeasure measure(CaseFile f, int measureNo) {
        List<CoerciveMeasure> ordered = orderedMeasures(f.record);
        if (measureNo < 1 || measureNo > ordered.size()) {
            throw new BusinessRuleException("强制措施", "本案没有第" + measureNo + "项强制措施");
        }
        return ordered.get(measureNo - 1);
    }

    private void replace(CaseFile f, CoerciveMeasure old, CoerciveMeasure changed) {
        int at = f.record.measures.indexOf(old);
        f.record.measures.set(at, changed);
        ctx.save(f);
    }

    private CaseFile investigating(long caseId) {
        CaseFile f = ctx.open(caseId, Role.OFFICER, Role.HEAD);
        PenaltyCase c = f.record;
        if (!f.isGeneral() || c.filedDate == null || c.decisionDate != null || f.procedure.terminatedOn != null) {
            throw new BusinessRuleException("案件", "案件 " + c.caseNo + " 不在调查阶段（须已立案、尚未作出决定）");
        }
        return f;
    }

    private boolean inInvestigation(CaseFile f) {
        return ctx.processes.openTasks(f).stream().anyMatch(t -> List.of(TASK_INVESTIGATE_CASE, TASK_REPORT_INVESTIGATION,
                TASK_DECIDE_PRESERVED_EVIDENCE, TASK_DECIDE_RECUSAL).contains(t.definitionKey()));
    }

    private void requireNotSuspended(CaseFile f) {
        f.pauses().stream().filter(p -> p.kind == PauseKind.SUSPENSION && p.toDate == null).findFirst().ifPresent(p -> {
            throw new BusinessRuleException("中止调查", "案件自" + p.fromDate + "起中止调查，中止的原因消除、恢复调查后方可继续"
                    + "（《市场监督管理行政处罚程序规定》第四十六条）");
        });
    }

    private String officerName(Long officerId) {
        return ctx.officers.byIds(List.of(officerId)).stream().findFirst().map(OfficerRef::name).orElse("执法人员" + officerId);
    }
}
