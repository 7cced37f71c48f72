package org.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One mediation session with its record (调解笔录, 人民调解法 第二十二条). */
@Entity
@Table(name = "dispute_session")
class DisputeSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "dispute_id", nullable = false)
    Long disputeId;

    @Column(nullable = false)
    int seq;

    @Column(name = "held_at", nullable = false)
    Instant heldAt;

    @Column(nullable = false, length = 200)
    String place;

    @Column(nullable = false, length = 4000)
    String summary;

    @Column(name = "result_text", nullable = false, length = 1000)
    String resultText;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_step", nullable = false, length = 16)
    SessionResult nextStep;

    @Column(name = "risk_found", nullable = false)
    boolean riskFound;

    @Column(name = "document_id")
    Long documentId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    String recordedBy;
}
