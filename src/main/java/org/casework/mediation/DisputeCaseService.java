package org.casework.mediation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.casework.base.NotFoundException;
import org.casework.org.OrgRef;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.casework.staff.MediatorDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the mediators' screens read about disputes worked through the process: one dispute with its
 * steps, timeline, clocks and open steps; the clocks of a page of the list; the roster and workload of
 * a body for its head.
 */
@Service
@Transactional(readOnly = true)
public class DisputeCaseService {

    static final Role[] READERS = {Role.MEDIATOR, Role.HEAD, Role.LEADER, Role.ADMIN};

    private final DisputeService disputes;
    private final DisputeRepository records;
    private final DisputeProcedureRepository procedures;
    private final DisputeMediatorRepository onCase;
    private final DisputeSessionRepository sessions;
    private final DisputeExtensionRepository extensions;
    private final DisputeTimeline timeline;
    private final DisputeTasks tasks;
    private final MediationClocks clocks;
    private final MediationSettingsService settings;
    private final MediationRoster roster;
    private final CurrentUser current;

    DisputeCaseService(DisputeService disputes, DisputeRepository records, DisputeProcedureRepository procedures,
                       DisputeMediatorRepository onCase, DisputeSessionRepository sessions, DisputeExtensionRepository extensions,
                       DisputeTimeline timeline, DisputeTasks tasks, MediationClocks clocks, MediationSettingsService settings,
                       MediationRoster roster, CurrentUser current) {
        this.disputes = disputes;
        this.records = records;
        this.procedures = procedures;
        this.onCase = onCase;
        this.sessions = sessions;
        this.extensions = extensions;
        this.timeline = timeline;
        this.tasks = tasks;
        this.clocks = clocks;
        this.settings = settings;
        this.roster = roster;
        this.current = current;
    }

    /** May the signed-in user log new disputes (intake)? */
    public boolean canReceive() {
        return current.find().map(u -> u.hasAny(MediationWorkflowService.WORKERS)).orElse(false);
    }

    /** The mediation bodies the user may see, for pickers. */
    public List<OrgRef> bodies() {
        return disputes.bodies();
    }

    /** One dispute with everything its detail screen shows. */
    public DisputeCase caseOf(long disputeId) {
        UserContext user = current.require(READERS);
        DisputeDetail detail = disputes.get(disputeId);
        Dispute d = records.findById(disputeId).orElseThrow(() -> new NotFoundException("纠纷不存在：" + disputeId));
        DisputeProcedure p = procedures.findById(disputeId).orElse(null);
        MediationRule rule = settings.effective(d.orgId, d.kind);
        List<DisputeCase.Mediator> mediators = onCase.findByDisputeIdOrderByIdAsc(disputeId).stream()
                .map(m -> new DisputeCase.Mediator(m.mediatorId, roster.name(m.mediatorId), m.assignedDate, m.recusedDate, m.recusalReason))
                .toList();
        List<DisputeCase.Session> held = sessions.findByDisputeIdOrderBySeqAsc(disputeId).stream()
                .map(s -> new DisputeCase.Session(s.seq, s.heldAt, s.place, s.summary, s.resultText, s.nextStep, s.riskFound, s.recordedBy))
                .toList();
        List<DisputeCase.Extension> extended = extensions.findByDisputeIdOrderByIdAsc(disputeId).stream()
                .map(e -> new DisputeCase.Extension(e.decidedDate, e.days, e.previousDue, e.newDue, e.consentNote)).toList();
        List<Task> open = tasks.open(d.processInstanceId);
        List<DisputeCase.OpenStep> steps = open.stream().map(t -> step(t, user)).toList();
        return new DisputeCase(detail, p == null ? null : procedure(p), mediators, held, extended, timeline.of(disputeId),
                clocks.of(d, p, rule), steps, d.processInstanceId != null && open.isEmpty());
    }

    private DisputeCase.OpenStep step(Task t, UserContext user) {
        MediationStep step = MediationStep.ofTask(t.getTaskDefinitionKey());
        Role[] roles = step == null ? new Role[0] : MediationWorkflowService.rolesFor(step);
        boolean mine = user.username().equals(t.getAssignee());
        boolean workable = user.hasAny(roles) && (t.getAssignee() == null || mine);
        return new DisputeCase.OpenStep(t.getId(), step, t.getName(), clocks.day(t.getDueDate()), t.getAssignee(), mine, workable);
    }

    private static DisputeCase.Procedure procedure(DisputeProcedure p) {
        return new DisputeCase.Procedure(p.receivedAt, p.receptionAt, p.receivedBy, p.referredBy, p.requestText, p.willingnessDate,
                p.refusalNote, p.selection, p.planText, p.planDate,
                p.limitDays == null ? null : p.limitDays + (p.limitWorkingDays ? "个工作日" : "日"), p.riskReportedDate,
                p.riskReportedTo, p.riskNote, p.agreementTerms, p.performanceMethod, p.performanceDeadline, p.terminationReason,
                p.otherRoutes, p.followUpDueDate, p.confirmationDueDate, p.confirmationAppliedDate, p.confirmationCourt,
                p.confirmationResult, p.archivedDate);
    }

    /** The clocks of the disputes of a list page, by dispute id (the caller read the disputes through the dispute service). */
    public Map<Long, List<DisputeClock>> clocksOf(List<DisputeDetail> page) {
        current.require(READERS);
        if (page.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = page.stream().map(DisputeDetail::id).toList();
        Map<Long, DisputeProcedure> byId = procedures.findByDisputeIdIn(ids).stream()
                .collect(Collectors.toMap(p -> p.disputeId, Function.identity()));
        Map<String, MediationRule> rules = new HashMap<>();
        Map<Long, List<DisputeClock>> out = new HashMap<>();
        for (Dispute d : records.findAllById(ids)) {
            MediationRule rule = rules.computeIfAbsent(d.orgId + "/" + d.kind, k -> settings.effective(d.orgId, d.kind));
            out.put(d.id, clocks.of(d, byId.get(d.id), rule));
        }
        return out;
    }

    /** The active mediators of a dispute's body, who may be assigned to it. */
    public List<MediatorDetail> assignable(long disputeId) {
        current.require(READERS);
        DisputeDetail d = disputes.get(disputeId);
        return roster.active(d.bodyId());
    }

    /** A body's mediators on the roster today with their open disputes and the disputes they closed this year. */
    public List<MediatorLoad> workload(Long bodyId) {
        current.require(READERS);
        List<MediatorDetail> active = bodyId == null ? roster.activeInScope() : roster.active(bodyId);
        List<Long> ids = active.stream().map(MediatorDetail::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = clocks.today();
        Map<Long, Long> open = counts(onCase.countOpenByMediator(ids));
        Map<Long, Long> closed = counts(onCase.countClosedByMediator(ids, today.withDayOfYear(1), today));
        return active.stream().map(m -> new MediatorLoad(m, open.getOrDefault(m.id(), 0L), closed.getOrDefault(m.id(), 0L))).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
