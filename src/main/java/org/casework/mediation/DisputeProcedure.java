package org.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** What the steps of the mediation process recorded for one dispute (1:1 with {@link Dispute}). */
@Entity
@Table(name = "dispute_procedure")
class DisputeProcedure {

    @Id
    @Column(name = "dispute_id")
    Long disputeId;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Column(name = "reception_at", nullable = false)
    Instant receptionAt;

    @Column(name = "received_by", nullable = false, length = 64)
    String receivedBy;

    @Column(name = "referred_by", length = 200)
    String referredBy;

    @Column(name = "request_text", length = 2000)
    String requestText;

    @Column(name = "willingness_date")
    LocalDate willingnessDate;

    @Column(name = "refusal_note", length = 500)
    String refusalNote;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    MediatorSelection selection;

    @Column(name = "plan_text", length = 2000)
    String planText;

    @Column(name = "plan_date")
    LocalDate planDate;

    @Column(name = "limit_days")
    Integer limitDays;

    @Column(name = "limit_working_days", nullable = false)
    boolean limitWorkingDays;

    @Column(name = "risk_reported_date")
    LocalDate riskReportedDate;

    @Column(name = "risk_reported_to", length = 200)
    String riskReportedTo;

    @Column(name = "risk_note", length = 1000)
    String riskNote;

    @Column(name = "agreement_terms", length = 4000)
    String agreementTerms;

    @Column(name = "performance_method", length = 500)
    String performanceMethod;

    @Column(name = "performance_deadline")
    LocalDate performanceDeadline;

    @Column(name = "agreement_document_id")
    Long agreementDocumentId;

    @Column(name = "termination_reason", length = 1000)
    String terminationReason;

    @Column(name = "other_routes", length = 1000)
    String otherRoutes;

    @Column(name = "follow_up_due_date")
    LocalDate followUpDueDate;

    @Column(name = "confirmation_due_date")
    LocalDate confirmationDueDate;

    @Column(name = "confirmation_applied_date")
    LocalDate confirmationAppliedDate;

    @Column(name = "confirmation_court", length = 200)
    String confirmationCourt;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmation_result", length = 16)
    ConfirmationResult confirmationResult;

    @Column(name = "archived_date")
    LocalDate archivedDate;

    @Version
    long version;
}
