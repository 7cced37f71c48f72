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
import org.casework.documents.forms.ReviewConclusion;

/** One round of legal review or case review of a case. */
@Entity
@Table(name = "case_review")
class CaseReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "case_id", nullable = false)
    Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    ReviewKind kind;

    @Column(name = "submitted_on", nullable = false)
    LocalDate submittedOn;

    @Column(name = "completed_on")
    LocalDate completedOn;

    @Column(length = 64)
    String reviewer;

    @Column(name = "reviewer_name", length = 100)
    String reviewerName;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    ReviewConclusion opinion;

    @Column(length = 2000)
    String reasons;

    ReviewRound toRound() {
        return new ReviewRound(kind, submittedOn, completedOn, reviewerName == null ? reviewer : reviewerName, opinion, reasons);
    }
}
