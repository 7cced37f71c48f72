package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A party's request that an officer step aside (回避, 第四十三条); the head decides. */
@Entity
@Table(name = "recusal_request")
class RecusalRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "case_id", nullable = false)
    Long caseId;

    @Column(name = "officer_id", nullable = false)
    Long officerId;

    @Column(name = "requested_on", nullable = false)
    LocalDate requestedOn;

    @Column(nullable = false, length = 500)
    String reason;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column
    Boolean granted;

    @Column(name = "decided_by", length = 64)
    String decidedBy;

    @Column(name = "replacement_id")
    Long replacementId;

    Recusal toRecusal() {
        return new Recusal(id, officerId, requestedOn, reason, decidedOn, granted, replacementId);
    }
}
