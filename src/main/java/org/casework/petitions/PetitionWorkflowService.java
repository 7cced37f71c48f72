package org.casework.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.casework.base.BusinessRuleException;
import org.casework.base.RuleViolation;
import org.casework.base.TextRules;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.party.PartyRef;
import org.casework.party.PartyService;
import org.casework.petitions.process.PetitionProcess;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The petition workflow (bpmn/petitions/PetitionProcess.bpmn) as clerks, heads and review bodies work it:
 * register → route → acknowledge → close (or extend) → rating → review (复查) → re-examination (复核). Each
 * command checks role, scope and the step the petition is at, writes the register's columns and the
 * timeline, and completes the process step, in one transaction. The periods are in {@link PetitionDeadline}.
 */
@Service
@Transactional(readOnly = true)
public class PetitionWorkflowService {

    static final Role[] CLERKS = {Role.PETITION_CLERK};
    static final Role[] APPROVERS = {Role.HEAD, Role.LEADER};
    static final Role[] REVIEWERS = {Role.PETITION_CLERK, Role.LEADER};

    private final PetitionService petitions;
    private final PetitionRepository repository;
    private final PetitionCalendar calendar;
    private final PetitionTimeline timeline;
    private final PetitionEngine engine;
    private final PartyService parties;
    private final OrgService orgs;
    private final CurrentUser current;

    PetitionWorkflowService(PetitionService petitions, PetitionRepository repository, PetitionCalendar calendar,
                            PetitionTimeline timeline, PetitionEngine engine, PartyService parties, OrgService orgs,
                            CurrentUser current) {
        this.petitions = petitions;
        this.repository = repository;
        this.calendar = calendar;
        this.timeline = timeline;
        this.engine = engine;
        this.parties = parties;
        this.orgs = orgs;
        this.current = current;
    }

    /** Registers a petition by its channel and starts its workflow at routing (转送承办单位). */
    @Transactional
    public PetitionDetail register(PetitionRegistration r) {
        UserContext user = current.require(CLERKS);
        List<RuleViolation> v = new ArrayList<>();
        notInFuture(v, "登记日期", r.registeredDate());
        TextRules.optional(v, "证件号码", r.petitionerIdNumber(), 64);
        if (r.petitionerName() == null || r.petitionerName().isBlank()) {
            if (r.petitionerIdNumber() != null && !r.petitionerIdNumber().isBlank()) {
                v.add(new RuleViolation("信访人", "填写了证件号码的，须填写信访人姓名或名称"));
            }
        }
        BusinessRuleException.throwIfAny(v);
        PartyRef petitioner = TextRules.clean(r.petitionerName()) == null ? null
                : parties.resolve(r.petitionerKind() == null ? PartyKind.PERSON : r.petitionerKind(), r.petitionerName(),
                r.petitionerIdNumber());
        Long unit = r.orgId() != null ? r.orgId() : user.orgId();
        PetitionForm form = new PetitionForm(unit, r.petitionNo(), r.channelCode(), r.petitionerName(), r.subject(),
                r.content(), r.registeredDate(), null, null, false, null, null, null, false, false, PetitionStatus.REGISTERED);
        Petition p = petitions.create(form, petitioner);
        p.registrarOrgId = user.orgId();
        p.acknowledgementDueDate = calendar.end(p.registeredDate, PetitionDeadline.ACKNOWLEDGEMENT).value();
        timeline.record(p, PetitionEventKind.REGISTERED, p.registeredDate,
                "渠道：" + petitions.detail(p).channelName() + "；承办单位：" + orgs.get(p.orgId).name());
        p.processInstanceId = engine.start(p);
        return saved(p);
    }

    /** 转送承办单位: the registering office names the handling unit (itself or a unit below it). */
    @Transactional
    public PetitionDetail route(long id, Long unitId, LocalDate routedDate, String note) {
        UserContext user = current.require(CLERKS);
        Petition p = at(id, p0 -> p0.registrarOrgId, PetitionStage.ROUTING);
        List<RuleViolation> v = new ArrayList<>();
        OrgRef unit = null;
        if (unitId == null) {
            v.add(new RuleViolation("承办单位", "请选择承办单位"));
        } else {
            current.requireScope(unitId);
            unit = orgs.get(unitId);
            if (!unit.isWithin(orgs.get(p.registrarOrgId))) {
                v.add(new RuleViolation("承办单位", "承办单位须为登记机构本身或其下级单位"));
            }
        }
        between(v, "转送日期", routedDate, p.registeredDate, "登记日期");
        TextRules.optional(v, "说明", note, 1000);
        BusinessRuleException.throwIfAny(v);
        p.orgId = unitId;
        p.routedDate = routedDate;
        timeline.record(p, PetitionEventKind.ROUTED, routedDate, join("承办单位：" + unit.name(), note));
        engine.complete(p, user.username(), Map.of());
        return saved(p);
    }

    /** 告知信访人: the handling unit tells the petitioner that the matter is accepted (第二十二条, 15 days). */
    @Transactional
    public PetitionDetail acknowledge(long id, LocalDate acknowledgedDate, String note) {
        UserContext user = current.require(CLERKS);
        Petition p = at(id, p0 -> p0.orgId, PetitionStage.ACKNOWLEDGEMENT);
        List<RuleViolation> v = new ArrayList<>();
        between(v, "告知日期", acknowledgedDate, p.routedDate != null ? p.routedDate : p.registeredDate,
                p.routedDate != null ? "转送日期" : "登记日期");
        TextRules.optional(v, "说明", note, 1000);
        BusinessRuleException.throwIfAny(v);
        p.acknowledgedDate = acknowledgedDate;
        p.status = PetitionStatus.IN_PROGRESS;
        timeline.record(p, PetitionEventKind.ACKNOWLEDGED, acknowledgedDate,
                join(late(acknowledgedDate, p.acknowledgementDueDate, PetitionDeadline.ACKNOWLEDGEMENT), note));
        engine.complete(p, user.username(), Map.of());
        return saved(p);
    }

    /**
     * 办结: the written reply to the petitioner. A petition closed without being resolved (未化解) is flagged
     * as backlog (积案), as is one whose closing period ran out.
     */
    @Transactional
    public PetitionDetail close(long id, LocalDate closedDate, String reply, boolean resolved) {
        UserContext user = current.require(CLERKS);
        Petition p = at(id, p0 -> p0.orgId, PetitionStage.HANDLING);
        List<RuleViolation> v = new ArrayList<>();
        between(v, "办结日期", closedDate, p.acknowledgedDate, "告知日期");
        TextRules.required(v, "办理结果", reply, 4000);
        BusinessRuleException.throwIfAny(v);
        p.closedDate = closedDate;
        p.reply = TextRules.clean(reply);
        p.resolved = resolved;
        p.status = PetitionStatus.CLOSED;
        timeline.record(p, PetitionEventKind.CLOSED, closedDate,
                join(late(closedDate, p.dueDate, PetitionDeadline.CLOSING), resolved ? "已化解" : "未化解"));
        if (!resolved) {
            flagBacklog(p, closedDate, "办结时信访事项未化解");
        }
        engine.complete(p, user.username(), Map.of(PetitionProcess.VAR_HANDLING_OUTCOME, PetitionProcess.OUTCOME_CLOSED));
        return saved(p);
    }

    /** 申请延期: at most once, by up to 30 days, with a reason the petitioner is told (第三十四条). */
    @Transactional
    public PetitionDetail requestExtension(long id, String reason) {
        UserContext user = current.require(CLERKS);
        Petition p = at(id, p0 -> p0.orgId, PetitionStage.HANDLING);
        List<RuleViolation> v = new ArrayList<>();
        if (p.extended) {
            v.add(new RuleViolation("延期理由", "办理期限已延长过，延长不得超过30日（《信访工作条例》第三十四条）"));
        }
        TextRules.required(v, "延期理由", reason, 500);
        BusinessRuleException.throwIfAny(v);
        p.extensionReason = TextRules.clean(reason);
        timeline.record(p, PetitionEventKind.EXTENSION_REQUESTED, calendar.today(), p.extensionReason);
        engine.complete(p, user.username(),
                Map.of(PetitionProcess.VAR_HANDLING_OUTCOME, PetitionProcess.OUTCOME_EXTENSION_REQUESTED));
        return saved(p);
    }

    /** 审批延期: a head or leader of the handling unit approves (due date: registration + 90 days) or refuses. */
    @Transactional
    public PetitionDetail decideExtension(long id, boolean approved, String note) {
        UserContext user = current.require(APPROVERS);
        Petition p = at(id, p0 -> p0.orgId, PetitionStage.EXTENSION_APPROVAL);
        List<RuleViolation> v = new ArrayList<>();
        TextRules.optional(v, "审批意见", note, 1000);
        BusinessRuleException.throwIfAny(v);
        if (approved) {
            p.extended = true;
            p.dueDate = calendar.extendedEnd(p.registeredDate).value();
            timeline.record(p, PetitionEventKind.EXTENSION_APPROVED, calendar.today(),
                    join("办理期限延长至" + p.dueDate, note));
        } else {
            timeline.record(p, PetitionEventKind.EXTENSION_REFUSED, calendar.today(), note);
        }
        engine.complete(p, user.username(), Map.of(PetitionProcess.VAR_EXTENSION_APPROVED, approved));
        return saved(p);
    }

    /** 满意度评价 after the reply. */
    @Transactional
    public PetitionDetail rate(long id, Rating rating, LocalDate ratedDate) {
        UserContext user = current.require(CLERKS);
        Petition p = at(id, p0 -> p0.orgId, PetitionStage.RATING);
        List<RuleViolation> v = new ArrayList<>();
        if (rating == null) {
            v.add(new RuleViolation("评价", "请选择信访人的评价"));
        }
        between(v, "评价日期", ratedDate, p.closedDate, "办结日期");
        BusinessRuleException.throwIfAny(v);
        p.rating = rating;
        p.ratedDate = ratedDate;
        timeline.record(p, PetitionEventKind.RATED, ratedDate, rating.label());
        engine.complete(p, user.username(), Map.of());
        return saved(p);
    }

    /**
     * 申请复查: within 30 days of the reply, to the handling unit's superior (第三十五条). The petitioner does not
     * accept the answer, so the petition is flagged as backlog (积案).
     */
    @Transactional
    public PetitionDetail requestReview(long id, LocalDate requestedDate, String note) {
        current.require(REVIEWERS);
        Petition p = at(id, p0 -> p0.orgId, PetitionStage.RATING, PetitionStage.REVIEW_WINDOW);
        List<RuleViolation> v = new ArrayList<>();
        requestedInWindow(v, requestedDate, p.closedDate, "办结日期", PetitionDeadline.REVIEW_REQUEST, "复查");
        TextRules.optional(v, "说明", note, 1000);
        BusinessRuleException.throwIfAny(v);
        OrgRef body = superiorOf(p.orgId);
        p.reviewOrgId = body.id();
        p.reviewRequestedDate = requestedDate;
        p.reviewDueDate = calendar.end(requestedDate, PetitionDeadline.REVIEW).value();
        timeline.record(p, PetitionEventKind.REVIEW_REQUESTED, requestedDate, join("复查机关：" + body.name(), note));
        flagBacklog(p, requestedDate, "信访人不服办理意见，申请复查");
        engine.deliver(p, PetitionProcess.MSG_REVIEW_REQUESTED);
        return saved(p);
    }

    /** 复查意见 of the review body, within 30 days of the request (第三十五条). */
    @Transactional
    public PetitionDetail concludeReview(long id, LocalDate reviewDate, String opinion, boolean resolved) {
        UserContext user = current.require(REVIEWERS);
        Petition p = at(id, p0 -> p0.reviewOrgId, PetitionStage.REVIEW);
        List<RuleViolation> v = new ArrayList<>();
        between(v, "复查日期", reviewDate, p.reviewRequestedDate, "申请日期");
        TextRules.required(v, "复查意见", opinion, 2000);
        BusinessRuleException.throwIfAny(v);
        p.reviewDate = reviewDate;
        p.reviewOpinion = TextRules.clean(opinion);
        p.resolved = p.resolved || resolved;
        timeline.record(p, PetitionEventKind.REVIEWED, reviewDate,
                join(late(reviewDate, p.reviewDueDate, PetitionDeadline.REVIEW), resolved ? "已化解" : "未化解"));
        engine.complete(p, user.username(), Map.of());
        return saved(p);
    }

    /** 申请复核: within 30 days of the review opinion, to the review body's superior (第三十六条). */
    @Transactional
    public PetitionDetail requestReexamination(long id, LocalDate requestedDate, String note) {
        current.require(REVIEWERS);
        Petition p = at(id, p0 -> p0.reviewOrgId, PetitionStage.REEXAMINATION_WINDOW);
        List<RuleViolation> v = new ArrayList<>();
        requestedInWindow(v, requestedDate, p.reviewDate, "复查日期", PetitionDeadline.REEXAMINATION_REQUEST, "复核");
        TextRules.optional(v, "说明", note, 1000);
        BusinessRuleException.throwIfAny(v);
        OrgRef body = superiorOf(p.reviewOrgId);
        p.reexaminationOrgId = body.id();
        p.reexaminationRequestedDate = requestedDate;
        p.reexaminationDueDate = calendar.end(requestedDate, PetitionDeadline.REEXAMINATION).value();
        timeline.record(p, PetitionEventKind.REEXAMINATION_REQUESTED, requestedDate, join("复核机关：" + body.name(), note));
        engine.deliver(p, PetitionProcess.MSG_REEXAMINATION_REQUESTED);
        return saved(p);
    }

    /** 复核意见, within 30 days of the request; it is final (第三十六条). */
    @Transactional
    public PetitionDetail concludeReexamination(long id, LocalDate reexaminedDate, String opinion, boolean resolved) {
        UserContext user = current.require(REVIEWERS);
        Petition p = at(id, p0 -> p0.reexaminationOrgId, PetitionStage.REEXAMINATION);
        List<RuleViolation> v = new ArrayList<>();
        between(v, "复核日期", reexaminedDate, p.reexaminationRequestedDate, "申请日期");
        TextRules.required(v, "复核意见", opinion, 2000);
        BusinessRuleException.throwIfAny(v);
        p.reexaminationDate = reexaminedDate;
        p.reexaminationOpinion = TextRules.clean(opinion);
        p.resolved = p.resolved || resolved;
        timeline.record(p, PetitionEventKind.REEXAMINED, reexaminedDate,
                join(late(reexaminedDate, p.reexaminationDueDate, PetitionDeadline.REEXAMINATION), resolved ? "已化解" : "未化解"));
        engine.complete(p, user.username(), Map.of());
        return saved(p);
    }

    /**
     * A request for review or re-examination: dated between the answer it contests and the end of the
     * window the law gives for asking (30 days, 第三十五条、第三十六条).
     */
    private void requestedInWindow(List<RuleViolation> v, LocalDate requested, LocalDate answered, String answeredLabel,
                                   PetitionDeadline window, String what) {
        between(v, "申请日期", requested, answered, answeredLabel);
        LocalDate end = calendar.end(answered, window).value();
        if (requested != null && requested.isAfter(end)) {
            v.add(new RuleViolation("申请日期", "已超过" + what + "申请期限" + end + "（" + window.basis() + "）"));
        }
    }

    /** The timeline of a petition the user may see. */
    public List<PetitionTimelineEntry> timeline(long id) {
        petitions.get(id);
        return timeline.of(id);
    }

    /** The clocks of a petition: the deadlines that apply so far, running or met. */
    public List<PetitionClock> clocks(PetitionDetail d) {
        List<PetitionClock> clocks = new ArrayList<>();
        PetitionProgress g = d.progress();
        if (g.acknowledgementDueDate() != null) {
            clocks.add(calendar.clock(PetitionDeadline.ACKNOWLEDGEMENT, g.acknowledgementDueDate(), d.acknowledgedDate()));
        }
        if (d.dueDate() != null && (g.hasWorkflow() || d.closedDate() == null)) {
            clocks.add(calendar.clock(PetitionDeadline.CLOSING, d.dueDate(), d.closedDate()));
        }
        if (g.hasWorkflow() && d.closedDate() != null && (g.stage() == PetitionStage.RATING || g.stage() == PetitionStage.REVIEW_WINDOW)) {
            clocks.add(calendar.clock(PetitionDeadline.REVIEW_REQUEST, calendar.end(d.closedDate(), PetitionDeadline.REVIEW_REQUEST).value(), null));
        }
        if (g.review().requested()) {
            clocks.add(calendar.clock(PetitionDeadline.REVIEW, g.review().dueDate(), g.review().concludedDate()));
        }
        if (g.hasWorkflow() && g.stage() == PetitionStage.REEXAMINATION_WINDOW) {
            clocks.add(calendar.clock(PetitionDeadline.REEXAMINATION_REQUEST,
                    calendar.end(g.review().concludedDate(), PetitionDeadline.REEXAMINATION_REQUEST).value(), null));
        }
        if (g.reexamination().requested()) {
            clocks.add(calendar.clock(PetitionDeadline.REEXAMINATION, g.reexamination().dueDate(), g.reexamination().concludedDate()));
        }
        return clocks;
    }

    /** The last day of a period starting on {@code start} (for the registration form's hints). */
    public LocalDate endOf(LocalDate start, PetitionDeadline deadline) {
        return calendar.end(start, deadline).value();
    }

    /** The clock that matters now: the first running one, else the last one met. */
    public PetitionClock currentClock(PetitionDetail d) {
        List<PetitionClock> clocks = clocks(d);
        return clocks.stream().filter(PetitionClock::running).findFirst()
                .orElse(clocks.isEmpty() ? null : clocks.get(clocks.size() - 1));
    }

    /** Whether the signed-in user may record the step the petition is at (the screens show its form then). */
    public boolean mayAct(PetitionDetail d) {
        PetitionStage stage = d.progress().stage();
        if (stage == null || stage == PetitionStage.FINISHED) {
            return false;
        }
        UserContext user = current.find().orElse(null);
        if (user == null) {
            return false;
        }
        PetitionProgress g = d.progress();
        return switch (stage) {
            case ROUTING -> user.hasAny(CLERKS) && user.canSee(g.registrarOrgId());
            case ACKNOWLEDGEMENT, HANDLING, RATING -> user.hasAny(CLERKS) && user.canSee(d.orgId());
            case EXTENSION_APPROVAL -> user.hasAny(APPROVERS) && user.canSee(d.orgId());
            case REVIEW_WINDOW -> user.hasAny(REVIEWERS) && user.canSee(d.orgId());
            case REVIEW, REEXAMINATION_WINDOW -> user.hasAny(REVIEWERS) && user.canSee(g.review().orgId());
            case REEXAMINATION -> user.hasAny(REVIEWERS) && user.canSee(g.reexamination().orgId());
            case FINISHED -> false;
        };
    }

    /** The units the handling unit may be routed to: the registering office and the units below it, in scope. */
    public List<OrgRef> routingChoices(PetitionDetail d) {
        current.require(CLERKS);
        Long registrar = d.progress().registrarOrgId() != null ? d.progress().registrarOrgId() : current.get().orgId();
        return orgs.subtree(registrar).stream().filter(o -> current.get().canSee(o.id())).toList();
    }

    // ---- shared with the process hooks and the conversions

    /**
     * The petition, if the user may see it, at one of the stages, and within the scope of the body acting at
     * that stage (the registering office, the handling unit, the review body …).
     */
    private Petition at(long id, Function<Petition, Long> actingBody, PetitionStage... stages) {
        Petition p = petitions.find(id);
        current.requireScope(p.orgId);
        requireStage(p, stages);
        current.requireScope(actingBody.apply(p));
        return p;
    }

    /** The petition as it now is, written (so that its version is the new one). */
    PetitionDetail saved(Petition p) {
        repository.flush();
        return petitions.detail(p);
    }

    static void requireStage(Petition p, PetitionStage... stages) {
        for (PetitionStage s : stages) {
            if (s == p.stage) {
                return;
            }
        }
        throw new BusinessRuleException(p.stage == null
                ? "该信访事项未按办理流程登记（导入或补录的记录），请在登记信息中修改"
                : "该信访事项当前处于“" + p.stage.label() + "”环节，不能办理此操作");
    }

    void flagBacklog(Petition p, LocalDate date, String reason) {
        if (!p.backlog) {
            p.backlog = true;
            timeline.record(p, PetitionEventKind.BACKLOG_FLAGGED, date, reason);
        }
    }

    /** The next higher unit; the unit itself where the organisation tree ends. */
    OrgRef superiorOf(long orgId) {
        OrgRef org = orgs.get(orgId);
        return org.parentId() == null ? org : orgs.get(org.parentId());
    }

    private void between(List<RuleViolation> v, String label, LocalDate date, LocalDate notBefore, String notBeforeLabel) {
        if (date == null) {
            v.add(new RuleViolation(label, label + "不能为空"));
            return;
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            v.add(new RuleViolation(label, label + "不能早于" + notBeforeLabel + "（" + notBefore + "）"));
        }
        notInFuture(v, label, date);
    }

    private void notInFuture(List<RuleViolation> v, String label, LocalDate date) {
        if (date != null && date.isAfter(calendar.today())) {
            v.add(new RuleViolation(label, label + "不能晚于今天"));
        }
    }

    private static String late(LocalDate done, LocalDate due, PetitionDeadline deadline) {
        if (due == null || !done.isAfter(due)) {
            return null;
        }
        return "超过" + deadline.label() + due + "，逾期" + java.time.temporal.ChronoUnit.DAYS.between(due, done) + "日";
    }

    private static String join(String first, String second) {
        String a = TextRules.clean(first);
        String b = TextRules.clean(second);
        return a == null ? b : b == null ? a : a + "；" + b;
    }
}
