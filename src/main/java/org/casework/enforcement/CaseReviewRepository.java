package org.casework.enforcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseReviewRepository extends JpaRepository<CaseReview, Long> {

    @Query("select r from CaseReview r where r.caseId = :caseId order by r.id")
    List<CaseReview> findByCaseIdOrderByIdAsc(@Param("caseId") Long caseId);

    /**
     * Whether the user has completed a review of this kind before (a first-time legal reviewer needs the
     * qualification). Stops at the first such review: a reviewer's hundredth review costs what the second did.
     */
    default boolean hasCompleted(String reviewer, ReviewKind kind) {
        return existsByReviewerAndKindAndCompletedOnIsNotNull(reviewer, kind);
    }

    boolean existsByReviewerAndKindAndCompletedOnIsNotNull(String reviewer, ReviewKind kind);
}
