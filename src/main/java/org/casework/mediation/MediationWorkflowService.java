package org.casework.mediation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.EngineText;
import org.casework.base.NotFoundException;
import org.casework.base.RuleViolation;
import org.casework.base.TextRules;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.IssuedDocument;
import org.casework.mediation.MediationForms.AssignmentForm;
import org.casework.mediation.MediationForms.ConfirmationApplicationForm;
import org.casework.mediation.MediationForms.CourtDecisionForm;
import org.casework.mediation.MediationForms.ExtensionForm;
import org.casework.mediation.MediationForms.IntakeForm;
import org.casework.mediation.MediationForms.OralAgreementForm;
import org.casework.mediation.MediationForms.PartyEntry;
import org.casework.mediation.MediationForms.Recusal;
import org.casework.mediation.MediationForms.RegistrationForm;
import org.casework.mediation.MediationForms.RiskReportForm;
import org.casework.mediation.MediationForms.SessionForm;
import org.casework.mediation.MediationForms.TerminationForm;
import org.casework.mediation.MediationForms.VisitForm;
import org.casework.mediation.MediationForms.WillingnessForm;
import org.casework.mediation.MediationForms.WrittenAgreementForm;
import org.casework.mediation.process.DisputeMediationProcess;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyRef;
import org.casework.party.PartyService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mediation process of a dispute, step by step (bpmn/mediation/DisputeMediationProcess.bpmn): the
 * rules of each step ({@link MediationRules}), the dispute columns the yearly figures count, the
 * documents, the timeline, and the task of the step completed in the same transaction. Screens and the
 * API go through here; the process asks {@link #routing} at its gateways and timers.
 *
 * <p>Mediators (MEDIATOR) work the steps of the disputes of their bodies; the committee's head (HEAD)
 * may also assign the mediators. A step is refused when the dispute is not at it, or another user holds it.
 */
@Service
@Transactional(readOnly = true)
public class MediationWorkflowService {

    static final Role[] WORKERS = {Role.MEDIATOR};
    static final Role[] ASSIGNERS = {Role.MEDIATOR, Role.HEAD};
    static final String SYSTEM = "系统";

    private final DisputeRepository disputes;
    private final DisputeProcedureRepository procedures;
    private final DisputeMediatorRepository onCase;
    private final DisputeSessionRepository sessions;
    private final DisputeExtensionRepository extensions;
    private final DisputeTimeline timeline;
    private final DisputeTasks tasks;
    private final DisputeNumbers numbers;
    private final MediationDocuments docs;
    private final MediationClocks clocks;
    private final MediationSettingsService settings;
    private final MediationRoster roster;
    private final DocumentService documents;
    private final OrgService orgs;
    private final PartyService parties;
    private final CurrentUser current;
    private final Clock clock;

    MediationWorkflowService(DisputeRepository disputes, DisputeProcedureRepository procedures, DisputeMediatorRepository onCase,
                             DisputeSessionRepository sessions, DisputeExtensionRepository extensions, DisputeTimeline timeline,
                             DisputeTasks tasks, DisputeNumbers numbers, MediationDocuments docs, MediationClocks clocks,
                             MediationSettingsService settings, MediationRoster roster, DocumentService documents,
                             OrgService orgs, PartyService parties, CurrentUser current, Clock clock) {
        this.disputes = disputes;
        this.procedures = procedures;
        this.onCase = onCase;
        this.sessions = sessions;
        this.extensions = extensions;
        this.timeline = timeline;
        this.tasks = tasks;
        this.numbers = numbers;
        this.docs = docs;
        this.clocks = clocks;
        this.settings = settings;
        this.roster = roster;
        this.documents = documents;
        this.orgs = orgs;
        this.parties = parties;
        this.current = current;
        this.clock = clock;
    }

    /** The signed-in user, an open task of a dispute and the dispute's records. */
    private record Work(UserContext user, Dispute dispute, DisputeProcedure procedure, Task task) {
    }

    // ---------------------------------------------------------------- intake

    /**
     * Logs a dispute as it comes in (application, own initiative or referral) and starts its process; the
     * parties enter the shared registry. A 调解申请书 is issued for an application.
     */
    @Transactional
    public long receive(IntakeForm f) {
        UserContext user = current.require(WORKERS);
        if (f.bodyId() != null) {
            current.requireScope(f.bodyId());
        }
        List<RuleViolation> v = new ArrayList<>(MediationRules.intake(f, LocalDateTime.now(clock)));
        OrgRef body = f.bodyId() == null ? null : orgs.get(f.bodyId());
        if (body == null) {
            v.add(new RuleViolation("调解组织", "请选择调解组织"));
        } else if (!body.isMediationBody()) {
            v.add(new RuleViolation("调解组织", "“" + body.name() + "”不是调解组织：纠纷只能由设置了调解组织类型的机构受理"));
        }
        String no = TextRules.clean(f.disputeNo());
        if (no != null && body != null && disputes.findByOrgIdAndDisputeNo(body.id(), no).isPresent()) {
            v.add(new RuleViolation("编号", "本调解组织已有编号为“" + no + "”的纠纷"));
        }
        if (!EngineText.isEngineSafe(no)) {
            v.add(new RuleViolation("编号", "编号不能包含生僻字或表情符号等四字节字符"));
        }
        BusinessRuleException.throwIfAny(v);

        Dispute d = new Dispute();
        d.orgId = body.id();
        d.disputeNo = no != null ? no : numbers.next(body, today().getYear());
        d.kind = f.kind();
        d.source = f.source();
        d.category = f.category().trim();
        List<PartyEntry> named = f.parties().stream().filter(p -> p != null && p.name() != null && !p.name().isBlank()).toList();
        d.partiesText = named.stream().map(p -> p.name().trim()).collect(Collectors.joining("、"));
        for (int i = 0; i < named.size(); i++) {
            DisputePartyLink link = new DisputePartyLink(register(named.get(i)).id(), i + 1);
            link.role = (named.get(i).role() == null ? DisputePartyRole.PARTY : named.get(i).role()).name();
            d.parties.add(link);
        }
        d.facts = TextRules.clean(f.facts());
        d.status = DisputeStatus.INTAKE;
        d.petitionId = f.petitionId();
        disputes.saveAndFlush(d);

        DisputeProcedure p = new DisputeProcedure();
        p.disputeId = d.id;
        p.receivedAt = f.receivedAt().atZone(clock.getZone()).toInstant();
        p.receptionAt = Instant.now(clock);
        p.receivedBy = user.username();
        p.referredBy = f.source() == IntakeSource.REFERRED ? TextRules.clean(f.referredBy()) : null;
        p.requestText = TextRules.clean(f.request());
        p = procedures.save(p);    // the id is assigned, so save() merges: keep the managed copy
        if (d.source == IntakeSource.APPLIED) {
            docs.application(d, p, body.name(), f.receivedAt().toLocalDate());
        }
        timeline.record(d.id, "StartEvent_DisputeReceived", "接待登记（" + d.source.label()
                + (p.referredBy == null ? "" : "：" + p.referredBy) + "）：" + d.partiesText + "，" + d.category, user.displayName());
        d.processInstanceId = tasks.start(d.disputeNo, d.id);
        return d.id;
    }

    private PartyRef register(PartyEntry e) {
        return parties.resolveWithContact(e.kind(), e.name(), e.idNumber(), TextRules.clean(e.phone()), TextRules.clean(e.address()));
    }

    /** Records whether every party accepts mediation; a clear refusal ends the process (第十七条). */
    @Transactional
    public void checkWillingness(long disputeId, WillingnessForm f) {
        Work w = begin(disputeId, MediationStep.CHECK_WILLINGNESS, WORKERS);
        Dispute d = w.dispute();
        DisputeProcedure p = w.procedure();
        BusinessRuleException.throwIfAny(MediationRules.willingness(f, receivedOn(p), today()));
        p.willingnessDate = f.askedOn();
        if (f.allAccept()) {
            timeline.record(d.id, w.task().getTaskDefinitionKey(), "各方当事人均同意调解", w.user().displayName());
        } else {
            d.status = DisputeStatus.REFUSED;
            p.refusalNote = f.refusingParty().trim() + "明确拒绝调解：" + f.refusalReason().trim();
            timeline.record(d.id, w.task().getTaskDefinitionKey(), p.refusalNote + "。当事人一方明确拒绝调解的，不得调解（"
                    + MediationRules.LAW + "第十七条），不予受理", w.user().displayName());
        }
        finish(w);
    }

    /** Accepts the dispute (受理): starts the time limit and issues the 受理登记表 and the 告知书. */
    @Transactional
    public void register(long disputeId, RegistrationForm f) {
        Work w = begin(disputeId, MediationStep.REGISTER_DISPUTE, WORKERS);
        Dispute d = w.dispute();
        DisputeProcedure p = w.procedure();
        BusinessRuleException.throwIfAny(MediationRules.registration(f, receivedOn(p), today()));
        MediationRule rule = settings.effective(d.orgId, d.kind);
        d.acceptedDate = f.acceptedOn();
        d.dueDate = clocks.limitDue(f.acceptedOn(), rule);
        d.status = DisputeStatus.ACCEPTED;
        p.limitDays = rule.limitDays();
        p.limitWorkingDays = rule.limitWorkingDays();
        IssuedDocument register = docs.intakeRegister(d, p, f.acceptedOn(), w.user().displayName());
        IssuedDocument notice = docs.rightsNotice(d);
        timeline.record(d.id, w.task().getTaskDefinitionKey(), "受理（" + register.number() + "），已告知当事人权利义务（" + notice.number()
                + "）；调解期限" + rule.limitText() + "，至" + d.dueDate, w.user().displayName());
        finish(w);
    }

    // ---------------------------------------------------------------- mediation

    /** Assigns the mediators from the body's roster (第十九条), with any recusals, and for a 矛调中心 the plan. */
    @Transactional
    public void assignMediators(long disputeId, AssignmentForm f) {
        Work w = begin(disputeId, MediationStep.ASSIGN_MEDIATORS, ASSIGNERS);
        Dispute d = w.dispute();
        DisputeProcedure p = w.procedure();
        List<DisputeMediator> onDispute = onCase.findByDisputeIdOrderByIdAsc(d.id);
        Set<Long> active = onDispute.stream().filter(DisputeMediator::active).map(m -> m.mediatorId).collect(Collectors.toSet());
        Map<Long, String> names = roster.activeNames(d.orgId);
        boolean planNeeded = d.kind == MediationKind.CENTRE && p.planDate == null;
        BusinessRuleException.throwIfAny(MediationRules.assignment(f, active, names, List.of(d.partiesText.split("、")), planNeeded));
        LocalDate today = today();
        List<String> notes = new ArrayList<>();
        for (Recusal r : f.recusals()) {
            onDispute.stream().filter(m -> m.active() && m.mediatorId.equals(r.mediatorId())).forEach(m -> {
                m.recusedDate = today;
                m.recusalReason = r.reason().trim();
                notes.add("调解员" + roster.name(m.mediatorId) + "回避（" + m.recusalReason + "）");
            });
        }
        List<String> added = new ArrayList<>();
        for (Long id : f.mediatorIds().stream().distinct().toList()) {
            if (!active.contains(id)) {
                DisputeMediator m = new DisputeMediator();
                m.disputeId = d.id;
                m.mediatorId = id;
                m.assignedDate = today;
                onCase.save(m);
                added.add(names.get(id));
            }
        }
        p.selection = f.selection();
        if (TextRules.clean(f.plan()) != null) {
            p.planText = f.plan().trim();
            p.planDate = p.planDate == null ? today : p.planDate;
        }
        d.status = DisputeStatus.IN_MEDIATION;
        if (!added.isEmpty()) {
            notes.add("指派调解员：" + String.join("、", added) + "（" + f.selection().label() + "）");
        }
        timeline.record(d.id, w.task().getTaskDefinitionKey(), String.join("；", notes), w.user().displayName());
        finish(w);
    }

    /** Records a session with its 调解笔录 and where it leaves the dispute. */
    @Transactional
    public void recordSession(long disputeId, SessionForm f) {
        Work w = begin(disputeId, MediationStep.HOLD_SESSION, WORKERS);
        Dispute d = w.dispute();
        BusinessRuleException.throwIfAny(MediationRules.session(f, d.acceptedDate, LocalDateTime.now(clock)));
        if ((f.next() == SessionResult.CONTINUE || f.next() == SessionResult.REASSIGN) && today().isAfter(d.dueDate)) {
            throw new BusinessRuleException("下一步", "调解期限已于" + d.dueDate + "届满：须经双方当事人同意延长期限后方可继续调解，否则应当终止调解");
        }
        List<String> mediators = activeMediatorNames(d);
        DisputeSession s = new DisputeSession();
        s.disputeId = d.id;
        s.seq = sessions.findFirstByDisputeIdOrderBySeqDesc(d.id).map(x -> x.seq + 1).orElse(1);
        s.heldAt = f.heldAt().atZone(clock.getZone()).toInstant();
        s.place = f.place().trim();
        s.summary = f.record().trim();
        s.resultText = f.result().trim();
        s.nextStep = f.next();
        s.riskFound = f.riskFound();
        s.recordedBy = w.user().username();
        IssuedDocument record = docs.sessionRecord(d, f.heldAt(), s.place, mediators, w.user().displayName(), f.othersPresent(),
                s.summary, s.resultText);
        s.documentId = record.id();
        sessions.save(s);
        timeline.record(d.id, w.task().getTaskDefinitionKey(), "第" + s.seq + "次调解（" + s.place + "，笔录" + record.number() + "）：" + s.resultText
                + "；下一步：" + f.next().label() + (f.riskFound() ? "；发现纠纷有激化为治安案件、刑事案件的风险" : ""), w.user().displayName());
        finish(w);
    }

    /** Records the report of an escalation risk to 公安 (第二十五条): the dispute is flagged with the persons involved. */
    @Transactional
    public void reportRisk(long disputeId, RiskReportForm f) {
        Work w = begin(disputeId, MediationStep.REPORT_RISK, WORKERS);
        Dispute d = w.dispute();
        DisputeProcedure p = w.procedure();
        BusinessRuleException.throwIfAny(MediationRules.riskReport(f, d.acceptedDate, today()));
        d.riskFlag = true;
        d.personsInvolved = d.personsInvolved == null ? f.personsInvolved() : Math.max(d.personsInvolved, f.personsInvolved());
        d.escalated = d.escalated || f.escalated();
        p.riskReportedDate = f.reportedOn();
        p.riskReportedTo = f.reportedTo().trim();
        p.riskNote = f.note().trim();
        timeline.record(d.id, w.task().getTaskDefinitionKey(), "向" + p.riskReportedTo + "报告纠纷激化风险（涉及" + f.personsInvolved() + "人）："
                + p.riskNote + (f.escalated() ? "；公安机关已作为治安或刑事案件处理" : "") + "（" + MediationRules.LAW + "第二十五条）",
                w.user().displayName());
        finish(w);
    }

    /**
     * Extends the time limit with both parties' consent: at the limit (the step after the timer) or
     * earlier, while the mediation runs (the pending timer moves to the new date).
     */
    @Transactional
    public void extend(long disputeId, ExtensionForm f) {
        UserContext user = current.require(WORKERS);
        Dispute d = find(disputeId);
        current.requireScope(d.orgId);
        DisputeProcedure p = procedure(d);
        List<String> open = tasks.open(d.processInstanceId).stream().map(Task::getTaskDefinitionKey).toList();
        boolean atLimit = open.contains(MediationStep.DECIDE_ON_TIME_LIMIT.taskKey());
        boolean mediating = open.stream().anyMatch(k -> k.equals(MediationStep.ASSIGN_MEDIATORS.taskKey())
                || k.equals(MediationStep.HOLD_SESSION.taskKey()) || k.equals(MediationStep.REPORT_RISK.taskKey()));
        if (d.closedDate != null || d.dueDate == null || !(atLimit || mediating)) {
            throw new BusinessRuleException("延长天数", "只有正在调解的纠纷才能延长调解期限");
        }
        MediationRule rule = settings.effective(d.orgId, d.kind);
        MediationRule applied = new MediationRule(d.kind, p.limitDays == null ? rule.limitDays() : p.limitDays, p.limitWorkingDays,
                rule.extensionDays(), rule.followUpDays(), null, null, null, null);
        BusinessRuleException.throwIfAny(MediationRules.extension(f, d.acceptedDate, today(), applied));
        LocalDate newDue = clocks.after(d.dueDate, f.days(), p.limitWorkingDays);
        if (!newDue.isAfter(today().minusDays(1))) {
            throw new BusinessRuleException("延长天数", "延长后的期限（" + newDue + "）已经届满，请延长更多天数或终止调解");
        }
        DisputeExtension e = new DisputeExtension();
        e.disputeId = d.id;
        e.decidedDate = f.decidedOn();
        e.days = f.days();
        e.previousDue = d.dueDate;
        e.newDue = newDue;
        e.consentNote = f.consentNote().trim();
        e.recordedBy = user.username();
        extensions.save(e);
        d.dueDate = newDue;
        timeline.record(d.id, MediationStep.DECIDE_ON_TIME_LIMIT.taskKey(), "经双方当事人同意（" + e.consentNote + "），调解期限延长"
                + f.days() + (p.limitWorkingDays ? "个工作日" : "日") + "，至" + newDue, user.displayName());
        if (atLimit) {
            finish(new Work(user, d, p, tasks.require(d, MediationStep.DECIDE_ON_TIME_LIMIT, user)));
        } else {
            disputes.saveAndFlush(d);
            tasks.moveTimer(d.processInstanceId, DisputeMediationProcess.TIMER_TIME_LIMIT_REACHED, MediationTimes.endOf(newDue, clock));
        }
    }

    /** At the limit, the parties do not both consent to an extension: the mediation is to be terminated. */
    @Transactional
    public void declineExtension(long disputeId) {
        Work w = begin(disputeId, MediationStep.DECIDE_ON_TIME_LIMIT, WORKERS);
        timeline.record(w.dispute().id, w.task().getTaskDefinitionKey(), "调解期限届满，当事人未一致同意延长，转入终止调解", w.user().displayName());
        finish(w);
    }

    // ---------------------------------------------------------------- outcome

    /** The written agreement (调解协议书) is drawn up, issued and signed: the dispute closes as agreed. */
    @Transactional
    public void signWrittenAgreement(long disputeId, WrittenAgreementForm f) {
        Work w = begin(disputeId, MediationStep.SIGN_WRITTEN_AGREEMENT, WORKERS);
        Dispute d = w.dispute();
        DisputeProcedure p = w.procedure();
        BusinessRuleException.throwIfAny(MediationRules.writtenAgreement(f, d.acceptedDate, today()));
        IssuedDocument agreement = docs.agreement(d, f, activeMediatorNames(d));
        close(d, DisputeOutcome.WRITTEN, f.signedOn(), f.amount());
        p.agreementTerms = String.join("\n", f.terms().stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList());
        p.performanceMethod = f.performanceMethod().trim();
        p.performanceDeadline = f.performanceDeadline();
        p.agreementDocumentId = agreement.id();
        p.followUpDueDate = clocks.followUpDue(f.signedOn(), settings.effective(d.orgId, d.kind));
        p.confirmationDueDate = clocks.confirmationDue(f.signedOn());
        timeline.record(d.id, w.task().getTaskDefinitionKey(), "各方签署调解协议书（" + agreement.number() + "）" + amountText(d)
                + "；回访日期" + p.followUpDueDate + "；司法确认申请期限至" + p.confirmationDueDate, w.user().displayName());
        finish(w);
    }

    /** The agreement as it would be issued, as a PDF draft without a number (nothing is stored). */
    public byte[] previewAgreement(long disputeId, WrittenAgreementForm f) {
        current.require(WORKERS);
        Dispute d = find(disputeId);
        current.requireScope(d.orgId);
        return docs.agreementDraft(d, f, activeMediatorNames(d));
    }

    /** An oral agreement, recorded (第三十条): the dispute closes as agreed. */
    @Transactional
    public void recordOralAgreement(long disputeId, OralAgreementForm f) {
        Work w = begin(disputeId, MediationStep.RECORD_ORAL_AGREEMENT, WORKERS);
        Dispute d = w.dispute();
        DisputeProcedure p = w.procedure();
        BusinessRuleException.throwIfAny(MediationRules.oralAgreement(f, d.acceptedDate, today()));
        close(d, DisputeOutcome.ORAL, f.agreedOn(), f.amount());
        p.agreementTerms = f.content().trim();
        p.followUpDueDate = clocks.followUpDue(f.agreedOn(), settings.effective(d.orgId, d.kind));
        timeline.record(d.id, w.task().getTaskDefinitionKey(), "达成口头协议：" + p.agreementTerms + amountText(d) + "；回访日期" + p.followUpDueDate,
                w.user().displayName());
        finish(w);
    }

    /** The mediation ends without agreement; the parties are told of the other routes (第二十六条). */
    @Transactional
    public void terminate(long disputeId, TerminationForm f) {
        Work w = begin(disputeId, MediationStep.TERMINATE_MEDIATION, WORKERS);
        Dispute d = w.dispute();
        DisputeProcedure p = w.procedure();
        BusinessRuleException.throwIfAny(MediationRules.termination(f, d.acceptedDate, today()));
        close(d, DisputeOutcome.TERMINATED, f.terminatedOn(), null);
        p.terminationReason = f.reason().trim();
        p.otherRoutes = f.otherRoutes().trim();
        timeline.record(d.id, w.task().getTaskDefinitionKey(), "终止调解：" + p.terminationReason + "；已告知当事人：" + p.otherRoutes
                + "（" + MediationRules.LAW + "第二十六条）", w.user().displayName());
        finish(w);
    }

    private void close(Dispute d, DisputeOutcome outcome, LocalDate on, BigDecimal amount) {
        d.outcome = outcome;
        d.closedDate = on;
        boolean agreed = DisputeRules.isAgreement(outcome);
        d.agreementDate = agreed ? on : null;
        d.agreementAmount = agreed && amount != null ? amount.setScale(2, RoundingMode.UNNECESSARY) : null;
        d.status = DisputeStatus.of(outcome, d.status);
    }

    // ---------------------------------------------------------------- after the agreement

    /** The follow-up visit (回访): performance and satisfaction, with its 回访记录. */
    @Transactional
    public void recordVisit(long disputeId, VisitForm f) {
        Work w = begin(disputeId, MediationStep.VISIT_PARTIES, WORKERS);
        Dispute d = w.dispute();
        BusinessRuleException.throwIfAny(MediationRules.visit(f, d.agreementDate, today()));
        IssuedDocument record = docs.followUp(d, f, w.user().displayName(), docs.agreementNumber(w.procedure().agreementDocumentId));
        DisputeFollowUp visit = new DisputeFollowUp();
        visit.dispute = d;
        visit.visitDate = f.visitedOn();
        visit.performance = f.performance();
        visit.satisfaction = f.satisfaction().trim();
        visit.notes = TextRules.clean(f.riskFound() ? join(f.notes(), "风险：" + f.riskNote().trim()) : f.notes());
        d.followUps.add(visit);
        timeline.record(d.id, w.task().getTaskDefinitionKey(), "回访（" + f.method().trim() + "，" + record.number() + "）：" + f.performance().label()
                + "，" + visit.satisfaction + (f.riskFound() ? "；发现风险：" + f.riskNote().trim() : ""), w.user().displayName());
        finish(w);
    }

    /** Whether the parties applied jointly for judicial confirmation within the 30 days (第三十三条). */
    @Transactional
    public void recordConfirmationApplication(long disputeId, ConfirmationApplicationForm f) {
        Work w = begin(disputeId, MediationStep.RECORD_CONFIRMATION_APPLICATION, WORKERS);
        Dispute d = w.dispute();
        DisputeProcedure p = w.procedure();
        BusinessRuleException.throwIfAny(MediationRules.confirmationApplication(f, d.agreementDate, p.confirmationDueDate, today()));
        if (f.applied()) {
            p.confirmationAppliedDate = f.appliedOn();
            p.confirmationCourt = f.court().trim();
            timeline.record(d.id, w.task().getTaskDefinitionKey(), "各方当事人共同向" + p.confirmationCourt + "申请司法确认（" + f.appliedOn() + "）",
                    w.user().displayName());
        } else {
            p.confirmationResult = ConfirmationResult.NOT_APPLIED;
            timeline.record(d.id, w.task().getTaskDefinitionKey(), "当事人不申请司法确认", w.user().displayName());
        }
        finish(w);
    }

    /** The court's decision on the application; a confirmation counts by its date. */
    @Transactional
    public void recordCourtDecision(long disputeId, CourtDecisionForm f) {
        Work w = begin(disputeId, MediationStep.RECORD_COURT_DECISION, WORKERS);
        Dispute d = w.dispute();
        DisputeProcedure p = w.procedure();
        BusinessRuleException.throwIfAny(MediationRules.courtDecision(f, p.confirmationAppliedDate, today()));
        p.confirmationResult = f.result();
        if (f.result() == ConfirmationResult.CONFIRMED) {
            d.judicialConfirmationDate = f.decidedOn();
        }
        timeline.record(d.id, w.task().getTaskDefinitionKey(), p.confirmationCourt + "于" + f.decidedOn() + f.result().label(),
                w.user().displayName());
        finish(w);
    }

    /** Files the case (一案一卷): every valid document of the dispute goes into one case file. */
    @Transactional
    public void archive(long disputeId) {
        Work w = begin(disputeId, MediationStep.ARCHIVE_CASE_FILE, WORKERS);
        long valid = documents.countValid(CaseKind.DISPUTE, disputeId);
        if (valid == 0) {
            throw new BusinessRuleException("卷宗", "本案尚无有效文书，无法归档");
        }
        w.procedure().archivedDate = today();
        timeline.record(disputeId, w.task().getTaskDefinitionKey(), "归档：卷宗共" + valid + "份文书（一案一卷）", w.user().displayName());
        finish(w);
    }

    // ---------------------------------------------------------------- tasks

    /** Takes an open step of the dispute on oneself (only a step the user's role may work: a head only the assignment). */
    @Transactional
    public void claim(long disputeId, String taskId) {
        UserContext user = current.require(ASSIGNERS);
        tasks.claim(taskOf(disputeId, taskId, user), user);
    }

    /** Gives a step one holds back to the group. */
    @Transactional
    public void unclaim(long disputeId, String taskId) {
        UserContext user = current.require(ASSIGNERS);
        tasks.unclaim(taskOf(disputeId, taskId, user), user);
    }

    /** Who may work a step: mediators every step; the committee's head also the assignment of mediators. */
    static Role[] rolesFor(MediationStep step) {
        return step == MediationStep.ASSIGN_MEDIATORS ? ASSIGNERS : WORKERS;
    }

    private Task taskOf(long disputeId, String taskId, UserContext user) {
        Dispute d = find(disputeId);
        current.requireScope(d.orgId);
        Task task = tasks.find(taskId);
        if (!task.getProcessInstanceId().equals(d.processInstanceId)) {
            throw new BusinessRuleException("流程", "该环节不属于纠纷“" + d.disputeNo + "”");
        }
        MediationStep step = MediationStep.ofTask(task.getTaskDefinitionKey());
        if (step == null || !user.hasAny(rolesFor(step))) {
            throw new AccessDeniedException("您没有办理“" + task.getName() + "”环节的权限");
        }
        return task;
    }

    // ---------------------------------------------------------------- for the process (no signed-in user)

    /** The time limit ran out before the mediation ended (the process's timer fired). */
    @Transactional
    public void timeLimitReached(long disputeId) {
        Dispute d = find(disputeId);
        timeline.record(d.id, DisputeMediationProcess.TIMER_TIME_LIMIT_REACHED, "调解期限（至" + d.dueDate + "）届满，尚未调解结束：须征得双方当事人同意延长期限，否则终止调解",
                SYSTEM);
    }

    /** The 30 days for judicial confirmation ran out without an application. */
    @Transactional
    public void confirmationNotApplied(long disputeId) {
        Dispute d = find(disputeId);
        DisputeProcedure p = procedure(d);
        p.confirmationResult = ConfirmationResult.NOT_APPLIED;
        timeline.record(d.id, DisputeMediationProcess.TIMER_CONFIRMATION_WINDOW_CLOSED, "司法确认申请期限（至" + p.confirmationDueDate
                + "）届满，当事人未申请", SYSTEM);
    }

    /** What the process's gateways, timers and assignments read. */
    public DisputeRouting routing(long disputeId) {
        Dispute d = find(disputeId);
        DisputeProcedure p = procedure(d);
        DisputeSession last = sessions.findFirstByDisputeIdOrderBySeqDesc(d.id).orElse(null);
        boolean assigned = onCase.findByDisputeIdOrderByIdAsc(d.id).stream().anyMatch(DisputeMediator::active);
        OrgRef body = orgs.get(d.orgId);
        List<String> mediatorGroups = new ArrayList<>();
        for (OrgRef o = body; o != null; o = o.parentId() == null ? null : orgs.get(o.parentId())) {
            mediatorGroups.add(Role.MEDIATOR.groupAt(o.code()));
        }
        List<String> assignerGroups = new ArrayList<>(mediatorGroups);
        assignerGroups.add(Role.HEAD.groupAt(body.code()));
        return new DisputeRouting(d.status == DisputeStatus.REFUSED, assigned, last == null ? null : last.nextStep,
                last != null && last.riskFound, d.outcome == DisputeOutcome.WRITTEN, p.confirmationAppliedDate != null,
                d.dueDate != null && !today().isAfter(d.dueDate), d.dueDate, p.followUpDueDate, p.confirmationDueDate,
                mediatorGroups, assignerGroups);
    }

    /** The due date of a step's task (null: none). */
    public LocalDate stepDue(long disputeId, String taskKey) {
        Dispute d = find(disputeId);
        MediationStep step = MediationStep.ofTask(taskKey);
        return step == null ? null : clocks.stepDue(d, procedure(d), step, settings.effective(d.orgId, d.kind));
    }

    // ---------------------------------------------------------------- helpers

    private Work begin(long disputeId, MediationStep step, Role... roles) {
        UserContext user = current.require(roles);
        Dispute d = find(disputeId);
        current.requireScope(d.orgId);
        Task task = tasks.require(d, step, user);
        return new Work(user, d, procedure(d), task);
    }

    private void finish(Work w) {
        disputes.saveAndFlush(w.dispute());
        procedures.saveAndFlush(w.procedure());
        tasks.complete(w.task(), w.user());
    }

    private Dispute find(long id) {
        return disputes.findById(id).orElseThrow(() -> new NotFoundException("纠纷不存在：" + id));
    }

    private DisputeProcedure procedure(Dispute d) {
        return procedures.findById(d.id).orElseThrow(() -> new BusinessRuleException("流程", "纠纷“" + d.disputeNo + "”不是通过调解流程办理的"));
    }

    private List<String> activeMediatorNames(Dispute d) {
        List<String> names = onCase.findByDisputeIdOrderByIdAsc(d.id).stream().filter(DisputeMediator::active)
                .map(m -> roster.name(m.mediatorId)).toList();
        if (names.isEmpty()) {
            throw new BusinessRuleException("调解员", "本纠纷尚未指派调解员（" + MediationRules.LAW + "第十九条）");
        }
        return names;
    }

    private LocalDate receivedOn(DisputeProcedure p) {
        return LocalDate.ofInstant(p.receivedAt, clock.getZone());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String amountText(Dispute d) {
        return d.agreementAmount == null ? "" : "，协议金额" + d.agreementAmount.toPlainString() + "元";
    }

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : a.trim() + "；" + b;
    }
}
