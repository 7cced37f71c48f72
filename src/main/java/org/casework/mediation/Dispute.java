package org.casework.mediation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.base.Origin;

/** A dispute (调解案件) handled by a mediation body, with its parties and follow-up visits. */
@Entity
@Table(name = "dispute")
class Dispute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Column(name = "dispute_no", nullable = false, length = 100)
    String disputeNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "mediation_kind", nullable = false, length = 16)
    MediationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "intake_source", nullable = false, length = 16)
    IntakeSource source;

    @Column(nullable = false, length = 32)
    String category;

    @Column(name = "parties_text", nullable = false, length = 500)
    String partiesText;

    @Column(length = 4000)
    String facts;

    /** Empty while the intake is checked, and for ever when a party refuses mediation (人民调解法 第十七条). */
    @Column(name = "accepted_date")
    LocalDate acceptedDate;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Column(name = "closed_date")
    LocalDate closedDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    DisputeOutcome outcome;

    @Column(name = "agreement_date")
    LocalDate agreementDate;

    @Column(name = "agreement_amount", precision = 14, scale = 2)
    BigDecimal agreementAmount;

    @Column(name = "judicial_confirmation_date")
    LocalDate judicialConfirmationDate;

    @Column(name = "risk_flag", nullable = false)
    boolean riskFlag;

    @Column(name = "persons_involved")
    Integer personsInvolved;

    @Column(nullable = false)
    boolean escalated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    DisputeStatus status = DisputeStatus.ACCEPTED;

    @Column(name = "petition_id")
    Long petitionId;

    @Column(name = "process_instance_id", length = 64)
    String processInstanceId;

    @Column(name = "data_quality", length = 2000)
    String dataQuality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Origin origin = Origin.SCREEN;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.now();

    @Version
    long version;

    @ElementCollection
    @CollectionTable(name = "dispute_party", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderBy("seq")
    List<DisputePartyLink> parties = new ArrayList<>();

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("visitDate, id")
    List<DisputeFollowUp> followUps = new ArrayList<>();
}
