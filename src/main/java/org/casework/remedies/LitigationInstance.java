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

/** One court instance (一审, 二审, 再审) of an administrative suit in which the organisation is the defendant (被告). */
@Entity
@Table(name = "litigation_instance")
class LitigationInstance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Column(name = "court_case_no", nullable = false, length = 100)
    String courtCaseNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "instance_level", nullable = false, length = 16)
    InstanceLevel level;

    @Column(name = "plaintiff_name", nullable = false, length = 200)
    String plaintiffName;

    @Column(name = "plaintiff_party_id")
    Long plaintiffPartyId;

    @Column(name = "court_name", length = 200)
    String courtName;

    @Column(name = "received_date", nullable = false)
    LocalDate receivedDate;

    @Column(name = "hearing_date")
    LocalDate hearingDate;

    @Column(name = "head_appeared", nullable = false)
    boolean headAppeared;

    @Column(name = "head_name", length = 100)
    String headName;

    @Enumerated(EnumType.STRING)
    @Column(name = "head_role", length = 16)
    HeadRole headRole;

    @Column(name = "concluded_date")
    LocalDate concludedDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    LitigationResult result;

    @Column(name = "penalty_case_id")
    Long penaltyCaseId;

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
