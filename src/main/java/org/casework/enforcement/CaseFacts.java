package org.casework.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.security.Colleagues;
import org.casework.security.Role;
import org.casework.staff.OfficerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers the BPMN models ask of a case: which way a gateway goes, who a task is offered to, when
 * a task is due and a timer fires. Read from our tables (the process carries only the case id), so
 * the route is always what the steps recorded. Runs without a signed-in user (timers fire in the job
 * executor); it tells nothing a process could not know.
 */
@Service
@Transactional(readOnly = true)
public class CaseFacts {

    private final CaseFiles files;
    private final CaseDeadlines deadlines;
    private final Colleagues colleagues;
    private final OfficerService officers;
    private final Clock clock;

    CaseFacts(CaseFiles files, CaseDeadlines deadlines, Colleagues colleagues, OfficerService officers, Clock clock) {
        this.files = files;
        this.deadlines = deadlines;
        this.colleagues = colleagues;
        this.officers = officers;
        this.clock = clock;
    }

    /**
     * The case whose main process this is, when the step moving the process has its file open in this
     * transaction (null otherwise: a timer firing, a called process), so the process need not be asked.
     */
    public Long openCaseOf(String processInstanceId) {
        return files.openWithProcess(processInstanceId);
    }

    public boolean caseFiled(long caseId) {
        PenaltyCase c = file(caseId).record;
        return c.filedDate != null && c.outcome != PenaltyOutcome.NOT_FILED;
    }

    public Proposal proposal(long caseId) {
        return file(caseId).procedure.proposal;
    }

    public boolean transferredToJudicialOrgans(long caseId) {
        return file(caseId).procedure.receiverAnswer == ReceiverAnswer.ACCEPTED;
    }

    public boolean legalReviewRequired(long caseId) {
        return file(caseId).record.legalReviewRequired;
    }

    /** The opinion of the latest completed review round. */
    public ReviewConclusion reviewOpinion(long caseId) {
        CaseReview last = file(caseId).lastReview();
        return last == null ? null : last.opinion;
    }

    /** A hearing was asked for in time and not withdrawn. */
    public boolean hearingRequested(long caseId) {
        CaseFile f = file(caseId);
        return f.record.hearingRequestDate != null && f.procedure.hearingOutcome != HearingOutcome.WITHDRAWN;
    }

    /** Statements or defences not yet re-examined, or a hearing whose opinions are to be reviewed. */
    public boolean statementsToReview(long caseId) {
        CaseFile f = file(caseId);
        boolean unreviewed = f.record.defences.stream().anyMatch(d -> d.adopted() == null);
        boolean heard = f.procedure.hearingOutcome == HearingOutcome.HELD && f.procedure.defenceReviewedOn == null;
        return unreviewed || heard;
    }

    /** Complex or serious cases, and every case that went through legal review (第五十七条第二款; [SAMR] 第六十条). */
    public boolean collectiveDiscussionRequired(long caseId) {
        CaseFile f = file(caseId);
        return f.record.legalReviewRequired || f.procedure.complexCase;
    }

    /** PENALTY, NO_PENALTY or TRANSFER as decided; TERMINATED after a terminated investigation. */
    public String outcome(long caseId) {
        CaseFile f = file(caseId);
        if (f.procedure.terminatedOn != null) {
            return "TERMINATED";
        }
        return f.record.outcome == null ? null : f.record.outcome.name();
    }

    public boolean moneyToPay(long caseId) {
        return Payments.payableTotal(file(caseId)).signum() > 0;
    }

    /** COLLECTED (on the spot), TO_PAY (within 15 days) or NONE (a warning). */
    public String simplePayment(long caseId) {
        CaseFile f = file(caseId);
        if (Payments.payableTotal(f).signum() <= 0) {
            return "NONE";
        }
        return f.procedure.collectedOnTheSpot ? "COLLECTED" : "TO_PAY";
    }

    public boolean transferApproved(long caseId) {
        return Boolean.TRUE.equals(file(caseId).procedure.transferApproved);
    }

    public boolean receiverAccepted(long caseId) {
        return file(caseId).procedure.receiverAnswer == ReceiverAnswer.ACCEPTED;
    }

    /**
     * The login of the officer handling the case (主办), who gets its officer tasks; before filing,
     * the officer who registered the lead. Null when none is linked: the task goes to the group.
     */
    public String handlerUsername(long caseId) {
        CaseFile f = file(caseId);
        Optional<Long> handler = f.record.officers.stream().filter(o -> o.role() == CaseOfficerRole.HANDLER)
                .map(CaseOfficer::officerId).findFirst();
        if (handler.isPresent()) {
            return handler.flatMap(officers::userOf).flatMap(colleagues::byId)
                    .filter(u -> u.enabled() && u.has(Role.OFFICER)).map(Colleagues.Colleague::username).orElse(null);
        }
        return colleagues.byUsername(f.procedure.openedBy).filter(u -> u.enabled() && u.has(Role.OFFICER))
                .map(Colleagues.Colleague::username).orElse(null);
    }

    /** The candidate group of a role for the case's organisation (or its nearest ancestor with that role). */
    public String groupFor(long caseId, Role role) {
        return colleagues.groupFor(role, file(caseId).record.orgId);
    }

    /** The due date of a period of the case by key (see {@link DeadlineRule}), or null. */
    public LocalDate due(long caseId, String key) {
        return deadlines.due(file(caseId), key, LocalDate.now(clock));
    }

    /** The day the decision clock reaches day {@code n} (a running pause counted as ending today), or null before filing. */
    public LocalDate decisionDay(long caseId, int n) {
        CaseFile f = file(caseId);
        return f.record.filedDate == null ? null
                : deadlines.calendarClock().dateOfDay(f.record.filedDate, f.pauseList(), n, LocalDate.now(clock));
    }

    public LocalDate preservationDue(long preservationId) {
        return files.preservations.findById(preservationId).map(p -> p.decideBy).orElse(null);
    }

    private CaseFile file(long caseId) {
        return files.load(caseId);
    }
}
