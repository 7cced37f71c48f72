package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A record (笔录) or piece of evidence gathered in the investigation. */
@Entity
@Table(name = "case_evidence")
class CaseEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "case_id", nullable = false)
    Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    EvidenceKind kind;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "taken_on", nullable = false)
    LocalDate takenOn;

    @Column(length = 2000)
    String description;

    @Column(name = "recorded_by", nullable = false, length = 64)
    String recordedBy;

    EvidenceEntry toEntry() {
        return new EvidenceEntry(kind, title, takenOn, description);
    }
}
