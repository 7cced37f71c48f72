package org.casework.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.casework.base.Origin;

/** A petition or complaint (信访投诉) handled by an organisation (承办单位). */
@Entity
@Table(name = "petition")
class Petition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Column(name = "petition_no", nullable = false, length = 100)
    String petitionNo;

    @Column(name = "channel_code", nullable = false, length = 32)
    String channelCode;

    @Column(name = "petitioner_name", length = 200)
    String petitionerName;

    @Column(name = "petitioner_party_id")
    Long petitionerPartyId;

    @Column(length = 500)
    String subject;

    @Column(length = 4000)
    String content;

    @Column(name = "registered_date", nullable = false)
    LocalDate registeredDate;

    @Column(name = "acknowledged_date")
    LocalDate acknowledgedDate;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Column(nullable = false)
    boolean extended;

    @Column(name = "closed_date")
    LocalDate closedDate;

    @Column(length = 4000)
    String reply;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    Rating rating;

    @Column(nullable = false)
    boolean backlog;

    @Column(nullable = false)
    boolean resolved;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    PetitionStatus status = PetitionStatus.REGISTERED;

    @Column(name = "converted_dispute_id")
    Long convertedDisputeId;

    @Column(name = "converted_case_id")
    Long convertedCaseId;

    @Column(name = "process_instance_id", length = 64)
    String processInstanceId;

    // ---- the workflow (bpmn/petitions/PetitionProcess.bpmn); null for a petition without one

    @Column(name = "registrar_org_id")
    Long registrarOrgId;

    @Column(name = "routed_date")
    LocalDate routedDate;

    @Column(name = "ack_due_date")
    LocalDate acknowledgementDueDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    PetitionStage stage;

    @Column(name = "extension_reason", length = 500)
    String extensionReason;

    @Column(name = "rated_date")
    LocalDate ratedDate;

    @Column(name = "review_org_id")
    Long reviewOrgId;

    @Column(name = "review_requested_date")
    LocalDate reviewRequestedDate;

    @Column(name = "review_due_date")
    LocalDate reviewDueDate;

    @Column(name = "review_date")
    LocalDate reviewDate;

    @Column(name = "review_opinion", length = 2000)
    String reviewOpinion;

    @Column(name = "reexam_org_id")
    Long reexaminationOrgId;

    @Column(name = "reexam_requested_date")
    LocalDate reexaminationRequestedDate;

    @Column(name = "reexam_due_date")
    LocalDate reexaminationDueDate;

    @Column(name = "reexam_date")
    LocalDate reexaminationDate;

    @Column(name = "reexam_opinion", length = 2000)
    String reexaminationOpinion;

    @Column(name = "data_quality", length = 2000)
    String dataQuality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Origin origin = Origin.SCREEN;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.now();

    @Version
    long version;
}
