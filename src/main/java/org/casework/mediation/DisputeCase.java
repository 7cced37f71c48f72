package org.casework.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A dispute worked through the mediation process, as its detail screen shows it: the record, what the
 * steps recorded, the mediators, sessions and extensions, the timeline, the clocks and the open steps.
 * {@code procedure} is null for a dispute without the process (e.g. imported from a ledger).
 */
public record DisputeCase(
        DisputeDetail dispute,
        Procedure procedure,
        List<Mediator> mediators,
        List<Session> sessions,
        List<Extension> extensions,
        List<TimelineEntry> timeline,
        List<DisputeClock> clocks,
        List<OpenStep> openSteps,
        boolean processEnded) {

    /** What the steps recorded besides the dispute's own columns. */
    public record Procedure(Instant receivedAt, Instant receptionAt, String receivedBy, String referredBy, String request,
                            LocalDate willingnessDate, String refusalNote, MediatorSelection selection, String plan,
                            LocalDate planDate, String limitText, LocalDate riskReportedDate, String riskReportedTo,
                            String riskNote, String agreementTerms, String performanceMethod, LocalDate performanceDeadline,
                            String terminationReason, String otherRoutes, LocalDate followUpDueDate,
                            LocalDate confirmationDueDate, LocalDate confirmationAppliedDate, String confirmationCourt,
                            ConfirmationResult confirmationResult, LocalDate archivedDate) {
    }

    /** A mediator on the dispute; recused ones keep their row. */
    public record Mediator(long mediatorId, String name, LocalDate assignedDate, LocalDate recusedDate, String recusalReason) {

        public boolean active() {
            return recusedDate == null;
        }
    }

    /** A recorded session. */
    public record Session(int seq, Instant heldAt, String place, String summary, String result, SessionResult next,
                          boolean riskFound, String recordedBy) {
    }

    /** An extension of the time limit with both parties' consent. */
    public record Extension(LocalDate decidedDate, int days, LocalDate previousDue, LocalDate newDue, String consentNote) {
    }

    /**
     * An open step: its task, who holds it, whether the signed-in user may work it now ({@code workable})
     * or first has to claim it ({@code claimable}).
     */
    public record OpenStep(String taskId, MediationStep step, String name, LocalDate due, String assignee, boolean mine,
                           boolean workable) {
    }

    /** True when the user may work the step now. */
    public boolean canWork(MediationStep step) {
        return openSteps.stream().anyMatch(s -> s.step() == step && s.workable());
    }
}
