package org.casework.remedies;

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

/** A reconsideration case (行政复议) in which the organisation is the respondent (被申请人). */
@Entity
@Table(name = "reconsideration_case")
class ReconsiderationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Column(name = "case_no", nullable = false, length = 100)
    String caseNo;

    @Column(name = "applicant_name", nullable = false, length = 200)
    String applicantName;

    @Column(name = "applicant_party_id")
    Long applicantPartyId;

    @Column(name = "received_date", nullable = false)
    LocalDate receivedDate;

    @Column(name = "reply_due_date")
    LocalDate replyDueDate;

    @Column(name = "concluded_date")
    LocalDate concludedDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    ReconsiderationOutcome outcome;

    @Column(name = "redo_ordered", nullable = false)
    boolean redoOrdered;

    @Column(name = "original_case_no", length = 100)
    String originalCaseNo;

    @Column(name = "penalty_case_id")
    Long penaltyCaseId;

    @Column(name = "reconsideration_organ", length = 200)
    String reconsiderationOrgan;

    @Column(length = 2000)
    String notes;

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
