package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_APPROVE_FILING;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_CHECK_LEAD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casework.base.BusinessRuleException;
import org.casework.base.Origin;
import org.casework.enforcement.WorkflowCommands.FilingDecision;
import org.casework.enforcement.WorkflowCommands.LeadCheck;
import org.casework.enforcement.WorkflowCommands.PartyDetails;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.party.PartyKind;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.casework.staff.OfficerRef;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/** Lead registration, lead check (15 working days, +15), filing or not filing. */
@Component
class LeadSteps {

    /** Placeholder while the party of a lead is not known (the column is required). */
    static final String UNKNOWN_PARTY = "（待查明）";

    private final StepContext ctx;

    LeadSteps(StepContext ctx) {
        this.ctx = ctx;
    }

    RegisteredLead register(LeadForm form) {
        UserContext user = ctx.current.require(Role.OFFICER, Role.HEAD, Role.PETITION_CLERK);
        Long orgId = required(form.orgId(), "执法主体");
        ctx.current.requireScope(orgId);
        LocalDate leadDate = ctx.past(form.leadDate(), "线索日期", null, null);
        String cause = text(form.cause(), "案由", 500, true);
        boolean partyKnown = Texts.clean(form.partyName()) != null;
        if (partyKnown && form.partyKind() == null) {
            throw new BusinessRuleException("当事人类型", "填写了当事人的，请选择当事人类型（自然人、法人、其他组织）");
        }
        if (form.actDate() != null) {
            ctx.past(form.actDate(), "违法行为日期", null, null);
        }
        PenaltyCase c = new PenaltyCase();
        c.orgId = orgId;
        c.caseNo = ctx.numbers.next(orgId, ctx.prefixOf(orgId), ctx.today().getYear(), ProcedureType.GENERAL);
        c.procedure = ProcedureType.GENERAL;
        c.partyKind = partyKnown ? form.partyKind() : PartyKind.PERSON;
        c.partyName = partyKnown ? text(form.partyName(), "当事人", 200, true) : UNKNOWN_PARTY;
        c.partyIdNumber = partyKnown ? upper(text(form.partyIdNumber(), "证件号码", 64, false)) : null;
        c.partyId = partyKnown ? ctx.parties.resolve(c.partyKind, c.partyName, c.partyIdNumber).id() : null;
        c.cause = cause;
        c.enforcementField = text(form.enforcementField(), "执法领域", 64, false);
        c.leadSource = text(form.leadSource(), "线索来源", 32, true);
        c.leadDate = leadDate;
        c.origin = Origin.SCREEN;
        c.status = PenaltyCaseStatus.LEAD;
        ctx.files.cases.saveAndFlush(c);

        CaseProcedure p = new CaseProcedure();
        p.caseId = c.id;
        p.processKey = GeneralPenaltyProcedure.KEY;
        p.openedBy = user.username();
        p.leadSummary = text(form.summary(), "线索内容", 2000, false);
        p.leadReference = text(form.sourceReference(), "来源编号", 200, false);
        p.partyKnown = partyKnown;
        p.partyAddress = text(form.partyAddress(), "当事人地址", 200, false);
        p.partyPhone = text(form.partyPhone(), "联系电话", 50, false);
        p.actDate = form.actDate();
        p.actPlace = text(form.actPlace(), "违法行为地点", 200, false);
        CaseFile f = ctx.files.created(c, p);
        ctx.save(f);
        ctx.log(f, StepNames.LEAD, "登记线索", c.leadSource + (p.leadReference == null ? "" : "（" + p.leadReference + "）") + "：" + cause);
        c.processInstanceId = ctx.processes.start(GeneralPenaltyProcedure.KEY, c);
        return new RegisteredLead(c.id, c.caseNo);
    }

    void check(long caseId, LeadCheck cmd) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_CHECK_LEAD, "线索核查");
        ctx.requireCertifiedOfficer(f, false);
        CaseProcedure p = f.procedure;
        p.leadCheckResult = text(cmd.result(), "核查情况", 2000, true);
        if (cmd.party() != null) {
            applyParty(f, cmd.party());
        }
        if (cmd.actDate() != null) {
            p.actDate = ctx.past(cmd.actDate(), "违法行为日期", null, null);
        }
        p.actPlace = cmd.actPlace() == null ? p.actPlace : text(cmd.actPlace(), "违法行为地点", 200, false);
        p.seriousHarm = cmd.seriousHarm();
        if (cmd.proposeFiling()) {
            p.suspectedViolation = text(cmd.suspectedViolation(), "涉嫌违反的规定", 500, true);
            requireFileable(f);
            p.notFiledReason = null;
        } else {
            p.notFiledReason = required(cmd.notFilingReason(), "不予立案理由");
        }
        ctx.log(f, StepNames.of(TASK_CHECK_LEAD), cmd.proposeFiling() ? "核查完毕，建议立案" : "核查完毕，建议不予立案",
                p.leadCheckResult + (cmd.proposeFiling() ? "" : "（" + p.notFiledReason.label() + "）"));
        ctx.complete(task);
    }

    /** The head extends the lead check by 15 working days ([SAMR] 第十八条), once, before it runs out. */
    void extendCheck(long caseId, String reason) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        String why = text(reason, "延长理由", 500, true);
        if (!ctx.processes.isAt(f, TASK_CHECK_LEAD) && !ctx.processes.isAt(f, TASK_APPROVE_FILING)) {
            throw new BusinessRuleException("线索核查", "案件已不在线索核查阶段，不能延长核查期限");
        }
        if (f.procedure.leadCheckExtendedOn != null) {
            throw new BusinessRuleException("线索核查", "核查期限已延长过一次（十五个工作日），不能再延长（《市场监督管理行政处罚程序规定》第十八条）");
        }
        LocalDate due = ctx.deadlines.due(f, DeadlineRule.LEAD_CHECK.name(), ctx.today());
        if (ctx.today().isAfter(due)) {
            throw new BusinessRuleException("线索核查", "核查期限已于" + due + "届满，不能再延长；请尽快决定是否立案");
        }
        f.procedure.leadCheckExtendedBy = ctx.current.get().username();
        f.procedure.leadCheckExtendedOn = ctx.today();
        LocalDate extended = ctx.deadlines.due(f, DeadlineRule.LEAD_CHECK.name(), ctx.today());
        ctx.processes.updateDueDate(f, TASK_CHECK_LEAD, extended);
        ctx.processes.updateDueDate(f, TASK_APPROVE_FILING, extended);
        ctx.log(f, StepNames.of(TASK_CHECK_LEAD), "负责人批准延长核查期限十五个工作日", why);
    }

    void decideFiling(long caseId, FilingDecision cmd) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        TaskItem task = ctx.take(f, TASK_APPROVE_FILING, "立案审批");
        PenaltyCase c = f.record;
        String opinion = text(cmd.opinion(), "审批意见", 500, false);
        if (cmd.file()) {
            requireFileable(f);
            c.officers.clear();
            c.officers.addAll(checkedOfficers(cmd.officers()));
            c.filedDate = ctx.today();
            f.procedure.notFiledReason = null;
            ctx.save(f);
            ctx.documents.filingApproval(f, opinion == null ? "同意立案" : opinion);
            ctx.log(f, StepNames.of(TASK_APPROVE_FILING), "批准立案，办案期限开始计算",
                    "承办人员：" + String.join("、", ctx.documents.handlerNames(f)) + (opinion == null ? "" : "；" + opinion));
        } else {
            NotFilingReason reason = required(cmd.notFilingReason() != null ? cmd.notFilingReason() : f.procedure.notFiledReason,
                    "不予立案理由");
            f.procedure.notFiledReason = reason;
            c.outcome = PenaltyOutcome.NOT_FILED;
            c.decisionDate = ctx.today();
            c.noPenaltyReason = reason.asNoPenaltyReason();
            ctx.save(f);
            ctx.log(f, StepNames.of(TASK_APPROVE_FILING), "决定不予立案", reason.label() + (opinion == null ? "" : "；" + opinion));
        }
        ctx.complete(task);
    }

    /** Party known, the act's date known and within the limitation period (第三十六条). */
    private void requireFileable(CaseFile f) {
        if (!f.procedure.partyKnown) {
            throw new BusinessRuleException("当事人", "立案须查明当事人（《市场监督管理行政处罚程序规定》第十九条）；请在线索核查中填写当事人");
        }
        if (f.procedure.actDate == null) {
            throw new BusinessRuleException("违法行为日期", "立案须查明违法行为发生（或终了）的日期，以核对追责时效（《行政处罚法》第三十六条）");
        }
        LocalDate limit = DeadlineRule.LIMITATION.dueFrom(ctx.deadlines.calendar(), f.procedure.actDate, f.procedure.seriousHarm ? 5 : 2).value();
        if (ctx.today().isAfter(limit)) {
            throw new BusinessRuleException("违法行为日期", "违法行为（" + f.procedure.actDate + "）已超过" + (f.procedure.seriousHarm ? "五" : "二")
                    + "年的追责时效（至" + limit + "），不再给予行政处罚（《行政处罚法》第三十六条），应当决定不予立案");
        }
    }

    private void applyParty(CaseFile f, PartyDetails d) {
        PenaltyCase c = f.record;
        String name = text(d.name(), "当事人", 200, false);
        if (name == null) {
            return;
        }
        c.partyKind = required(d.kind(), "当事人类型");
        c.partyName = name;
        c.partyIdNumber = upper(text(d.idNumber(), "证件号码", 64, false));
        c.partyId = ctx.parties.resolve(c.partyKind, c.partyName, c.partyIdNumber).id();
        f.procedure.partyKnown = true;
        f.procedure.partyAddress = text(d.address(), "当事人地址", 200, false);
        f.procedure.partyPhone = text(d.phone(), "联系电话", 50, false);
        f.procedure.partyRepresentative = text(d.representative(), "法定代表人", 100, false);
    }

    /**
     * At least two officers of the case's scope, each on duty with a valid certificate today, exactly
     * one of them the handling officer (主办) (《行政处罚法》第四十二条; [SAMR] 第十九条).
     */
    List<CaseOfficer> checkedOfficers(List<CaseOfficer> wanted) {
        List<CaseOfficer> list = wanted == null ? List.of() : wanted.stream().filter(Objects::nonNull).toList();
        String rule = "（《行政处罚法》第四十二条：执法人员不得少于两人，应当具有行政执法资格）";
        if (list.stream().map(CaseOfficer::officerId).filter(Objects::nonNull).distinct().count() < 2) {
            throw new BusinessRuleException("承办人员", "立案须指定两名以上承办人员" + rule);
        }
        if (list.stream().anyMatch(o -> o.officerId() == null || o.role() == null)) {
            throw new BusinessRuleException("承办人员", "请为每位承办人员选择人员和角色（主办、协办）");
        }
        if (list.stream().map(CaseOfficer::officerId).distinct().count() < list.size()) {
            throw new BusinessRuleException("承办人员", "同一执法人员不能重复列为承办人员");
        }
        if (list.stream().filter(o -> o.role() == CaseOfficerRole.HANDLER).count() != 1) {
            throw new BusinessRuleException("承办人员", "承办人员中须有且只有一名主办人员");
        }
        Map<Long, OfficerRef> found = ctx.officers.byIds(list.stream().map(CaseOfficer::officerId).toList()).stream()
                .collect(Collectors.toMap(OfficerRef::id, Function.identity()));
        List<String> problems = new ArrayList<>();
        for (CaseOfficer o : list) {
            OfficerRef ref = found.get(o.officerId());
            if (ref == null) {
                problems.add("执法人员" + o.officerId() + "不存在或不在您的机构范围内");
            } else if (!ref.mayEnforceOn(ctx.today())) {
                problems.add(ref.label() + (ref.isActiveOn(ctx.today()) ? "未持有效执法证" : "不在岗"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("承办人员", String.join("；", problems) + rule);
        }
        return list;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase();
    }
}
