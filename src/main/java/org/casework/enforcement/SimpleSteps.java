package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.SimplePenaltyProcedure.TASK_DECIDE_ON_THE_SPOT;
import static org.casework.enforcement.process.SimplePenaltyProcedure.TASK_FILE_WITH_AGENCY;
import static org.casework.enforcement.process.SimplePenaltyProcedure.TASK_HAND_OVER_FINE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.base.Origin;
import org.casework.documents.IssuedDocument;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.enforcement.process.SimplePenaltyProcedure;
import org.casework.party.PartyKind;
import org.casework.security.Role;
import org.casework.staff.OfficerRef;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * The simple procedure (当场处罚, 第五十一条至第五十三条): a warning or a fine of at most 200 yuan on a
 * citizen and 3,000 yuan on an organisation, certificate shown and the party heard, a numbered decision
 * form issued on the spot; a fine up to 100 yuan collected on the spot and handed over within 2 working
 * days; filed with the agency within 7 working days. Above the limits the case becomes a general lead.
 */
@Component
class SimpleSteps {

    static final BigDecimal PERSON_LIMIT = new BigDecimal("200");
    static final BigDecimal ORGANISATION_LIMIT = new BigDecimal("3000");
    static final BigDecimal COLLECTION_LIMIT = new BigDecimal("100");

    private final StepContext ctx;
    private final LeadSteps leads;

    SimpleSteps(StepContext ctx, LeadSteps leads) {
        this.ctx = ctx;
        this.leads = leads;
    }

    OnTheSpotResult decide(OnTheSpotForm form) {
        ctx.current.require(Role.OFFICER);
        Long orgId = required(form.orgId(), "执法主体");
        ctx.current.requireScope(orgId);
        OfficerRef me = ctx.requireCertifiedOfficer(null, false);
        if (!form.certificateShown()) {
            throw new BusinessRuleException("出示执法证件", "执法人员当场作出行政处罚决定的，应当向当事人出示执法证件（《行政处罚法》第五十二条）");
        }
        String statement = text(form.statementHeard(), "当事人陈述申辩", 1000, true);
        List<Long> ids = new ArrayList<>();
        ids.add(me.id());
        (form.officerIds() == null ? List.<Long>of() : form.officerIds()).stream()
                .filter(id -> id != null && !ids.contains(id)).forEach(ids::add);
        List<CaseOfficer> officers = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            officers.add(new CaseOfficer(ids.get(i), i == 0 ? CaseOfficerRole.HANDLER : CaseOfficerRole.ASSISTANT));
        }
        officers = leads.checkedOfficers(officers);
        PenaltyCase c = new PenaltyCase();
        c.orgId = orgId;
        c.procedure = ProcedureType.SIMPLE;
        c.caseNo = ctx.numbers.next(orgId, ctx.prefixOf(orgId), ctx.today().getYear(), ProcedureType.SIMPLE);
        c.partyKind = required(form.partyKind(), "当事人类型");
        c.partyName = text(form.partyName(), "当事人", 200, true);
        String id = text(form.partyIdNumber(), "证件号码", 64, false);
        c.partyIdNumber = id == null ? null : id.toUpperCase();
        c.partyId = ctx.parties.resolve(c.partyKind, c.partyName, c.partyIdNumber).id();
        c.cause = text(form.cause(), "案由", 500, true);
        c.enforcementField = text(form.enforcementField(), "执法领域", 64, false);
        c.leadSource = "当场检查";
        c.leadDate = ctx.pastTime(form.actAt(), "违法行为时间", null, null).toLocalDate();
        c.officers.addAll(officers);
        c.origin = Origin.SCREEN;
        c.status = PenaltyCaseStatus.LEAD;
        ctx.files.cases.saveAndFlush(c);
        CaseProcedure p = new CaseProcedure();
        p.caseId = c.id;
        p.processKey = SimplePenaltyProcedure.KEY;
        p.openedBy = ctx.current.get().username();
        p.partyAddress = text(form.partyAddress(), "当事人地址", 200, false);
        p.partyPhone = text(form.partyPhone(), "联系电话", 50, false);
        p.actDate = c.leadDate;
        p.actPlace = text(form.place(), "违法行为地点", 200, true);
        p.facts = text(form.facts(), "违法行为", 4000, true);
        p.violatedProvision = text(form.violatedProvision(), "违反的规定", 500, true);
        p.penaltyBasis = text(form.penaltyBasis(), "处罚依据", 500, true);
        p.certificateShown = true;
        p.statementHeard = statement;
        p.collectedOnTheSpot = form.collectedOnTheSpot() && form.fine() != null;
        p.proposal = Proposal.PENALTY;
        p.setItems(StagedPenalty.Stage.PROPOSED, List.of(form.fine() == null ? ProposedPenalty.warning()
                : new ProposedPenalty(PenaltyType.FINE, form.fine(), null)));
        CaseFile f = ctx.files.created(c, p);
        ctx.save(f);
        ctx.log(f, "当场处罚", "当场检查，出示执法证件，听取陈述申辩", statement);
        String simpleProcess = ctx.processes.start(SimplePenaltyProcedure.KEY, c);
        if (c.procedure == ProcedureType.SIMPLE) {
            c.processInstanceId = simpleProcess;
        }
        if (c.procedure == ProcedureType.GENERAL) {
            return new OnTheSpotResult(c.id, c.caseNo, false, null, "超出简易程序适用范围，已转为一般程序线索 " + c.caseNo
                    + "（《行政处罚法》第五十一条）");
        }
        return decideOnTheSpot(f, form);
    }

    private OnTheSpotResult decideOnTheSpot(CaseFile f, OnTheSpotForm form) {
        TaskItem task = ctx.take(f, TASK_DECIDE_ON_THE_SPOT, StepNames.of(TASK_DECIDE_ON_THE_SPOT));
        PenaltyCase c = f.record;
        List<ProposedPenalty> items = f.procedure.items(StagedPenalty.Stage.PROPOSED);
        c.decisionDate = ctx.today();
        c.outcome = PenaltyOutcome.PENALTY;
        c.fineAmount = ProposedPenalty.total(items, PenaltyType.FINE);
        items.stream().map(ProposedPenalty::type).distinct()
                .forEach(t -> c.items.add(new PenaltyItem(t, t == PenaltyType.FINE ? c.fineAmount : null)));
        f.procedure.setItems(StagedPenalty.Stage.DECIDED, items);
        c.serviceDate = ctx.today();
        c.serviceMethod = ServiceMethod.IN_PERSON.label();
        f.procedure.servedOnTheSpot = true;
        if (c.fineAmount != null) {
            if (f.procedure.collectedOnTheSpot) {
                c.payments.add(new PenaltyPayment(ctx.today(), c.fineAmount, Amounts.ZERO));
            } else {
                f.procedure.paymentDue = DeadlineRule.PAYMENT.dueFrom(ctx.deadlines.calendar(), c.serviceDate).value();
            }
        }
        ctx.save(f);
        List<String> names = ctx.documents.handlerNames(f);
        IssuedDocument decision = ctx.documents.onTheSpotDecision(f, form, names);
        ctx.log(f, StepNames.of(TASK_DECIDE_ON_THE_SPOT), "当场作出行政处罚决定并交付当事人（" + decision.number() + "）",
                ProposedPenalty.describe(items) + (f.procedure.collectedOnTheSpot ? "；罚款当场收缴" : ""));
        ctx.complete(task);
        return new OnTheSpotResult(c.id, c.caseNo, true, decision.number(), "已当场作出行政处罚决定 " + decision.number());
    }

    /** Only a warning or a fine within the limits, collected on the spot only up to 100 yuan (第五十一条, 第六十八条). */
    void checkLimits(long caseId) {
        CaseFile f = ctx.files.load(caseId);
        List<ProposedPenalty> items = f.procedure.items(StagedPenalty.Stage.PROPOSED);
        PartyKind kind = f.record.partyKind;
        BigDecimal limit = kind == PartyKind.PERSON ? PERSON_LIMIT : ORGANISATION_LIMIT;
        BigDecimal fine = ProposedPenalty.total(items, PenaltyType.FINE);
        if (items.stream().anyMatch(i -> i.type() != PenaltyType.WARNING && i.type() != PenaltyType.FINE)
                || fine != null && fine.compareTo(limit) > 0) {
            throw new BusinessRuleException("罚款金额", "当场处罚只能对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告；本案对"
                    + kind.label() + "拟罚款" + (fine == null ? "—" : fine.toPlainString() + "元") + "，应当适用普通程序（《行政处罚法》第五十一条）");
        }
        if (f.procedure.collectedOnTheSpot && fine != null && fine.compareTo(COLLECTION_LIMIT) > 0) {
            throw new BusinessRuleException("当场收缴", "一百元以上的罚款不得当场收缴，确有困难的除外（《行政处罚法》第六十八条）");
        }
    }

    /** Above the limits: the same record becomes a general-procedure lead with a general case number. */
    void convertToGeneral(long caseId) {
        CaseFile f = ctx.files.load(caseId);
        PenaltyCase c = f.record;
        CaseProcedure p = f.procedure;
        String simpleNo = c.caseNo;
        c.procedure = ProcedureType.GENERAL;
        c.caseNo = ctx.numbers.next(c.orgId, ctx.prefixOf(c.orgId), ctx.today().getYear(), ProcedureType.GENERAL);
        c.officers.clear();
        p.processKey = GeneralPenaltyProcedure.KEY;
        p.leadSummary = p.facts;
        p.proposal = null;
        p.collectedOnTheSpot = false;
        p.setItems(StagedPenalty.Stage.PROPOSED, List.of());
        ctx.save(f);
        ctx.log(f, StepNames.LEAD, "超出简易程序适用范围，转为一般程序线索（《行政处罚法》第五十一条）", "原编号" + simpleNo + "不再使用");
        c.processInstanceId = ctx.processes.start(GeneralPenaltyProcedure.KEY, c);
    }

    void handOver(long caseId, LocalDate handedOverOn) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_HAND_OVER_FINE, StepNames.of(TASK_HAND_OVER_FINE));
        ctx.requireCertifiedOfficer(f, true);
        f.procedure.handedOverOn = ctx.past(handedOverOn, "交纳日期", f.record.decisionDate, "决定日期");
        LocalDate due = DeadlineRule.HANDOVER.dueFrom(ctx.deadlines.calendar(), f.record.decisionDate).value();
        ctx.log(f, StepNames.of(TASK_HAND_OVER_FINE), "当场收缴的罚款已交至行政机关", f.procedure.handedOverOn.isAfter(due)
                ? "超过二日交纳期限（应于" + due + "前，《行政处罚法》第七十一条）" : null);
        ctx.complete(task);
        ctx.closeSimpleIfDone(f);
    }

    void fileWithAgency(long caseId, LocalDate filedOn) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_FILE_WITH_AGENCY, StepNames.of(TASK_FILE_WITH_AGENCY));
        ctx.requireCertifiedOfficer(f, true);
        f.procedure.filedWithAgencyOn = ctx.past(filedOn, "备案日期", f.record.decisionDate, "决定日期");
        LocalDate due = DeadlineRule.SIMPLE_FILING.dueFrom(ctx.deadlines.calendar(), f.record.decisionDate).value();
        ctx.log(f, StepNames.of(TASK_FILE_WITH_AGENCY), "报所属行政机关备案，材料归档", f.procedure.filedWithAgencyOn.isAfter(due)
                ? "超过七个工作日（应于" + due + "前）" : null);
        ctx.complete(task);
        ctx.closeSimpleIfDone(f);
    }
}
