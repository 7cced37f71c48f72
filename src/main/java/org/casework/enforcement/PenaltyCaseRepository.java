package org.casework.enforcement;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PenaltyCaseRepository extends JpaRepository<PenaltyCase, Long>, JpaSpecificationExecutor<PenaltyCase> {

    /** JPQL, so that Hibernate caches its plan (a derived query is translated anew on every call). */
    @Query("select c from PenaltyCase c where c.orgId = :orgId and c.caseNo = :caseNo")
    Optional<PenaltyCase> findByOrgIdAndCaseNo(@Param("orgId") Long orgId, @Param("caseNo") String caseNo);

    /**
     * Cases of these organisations matching the filter. The year is a date range on 立案日期 or 决定日期
     * (never a function of the column, so the indexes serve it).
     */
    static Specification<PenaltyCase> matching(Collection<Long> orgIds, PenaltyCaseFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("orgId").in(orgIds));
            if (f.year() != null) {
                LocalDate from = LocalDate.of(f.year(), 1, 1);
                LocalDate to = LocalDate.of(f.year(), 12, 31);
                where.add(cb.or(cb.between(root.get("filedDate"), from, to), cb.between(root.get("decisionDate"), from, to)));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.procedure() != null) {
                where.add(cb.equal(root.get("procedure"), f.procedure()));
            }
            String like = Texts.like(f.text());
            if (like != null) {
                where.add(cb.or(cb.like(cb.upper(root.get("caseNo")), like), cb.like(cb.upper(root.get("partyName")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
