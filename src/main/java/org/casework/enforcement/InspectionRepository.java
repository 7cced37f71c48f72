package org.casework.enforcement;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InspectionRepository extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

    // JPQL: Hibernate caches its plan (a derived query is translated on every call, which the ledger import feels)

    @Query("select e.inspectionNo from Inspection e where e.orgId = :orgId")
    List<String> inspectionNumbersOf(@Param("orgId") Long orgId);

    @Query("select e from Inspection e where e.orgId = :orgId and e.inspectionNo = :inspectionNo")

    Optional<Inspection> findByOrgIdAndInspectionNo(@Param("orgId") Long orgId, @Param("inspectionNo") String inspectionNo);

    /** Inspections of these organisations, in a year (a date range, so the index serves it), matching a text. */
    static Specification<Inspection> matching(Collection<Long> orgIds, Integer year, String text) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("orgId").in(orgIds));
            if (year != null) {
                where.add(cb.between(root.get("inspectionDate"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            String like = Texts.like(text);
            if (like != null) {
                where.add(cb.or(cb.like(cb.upper(root.get("inspectionNo")), like),
                        cb.like(cb.upper(root.get("target")), like), cb.like(cb.upper(root.get("item")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
