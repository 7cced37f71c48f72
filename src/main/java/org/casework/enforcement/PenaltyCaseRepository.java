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
    @Query("select c.caseNo from PenaltyCase c where c.orgId = :orgId")
    List<String> caseNumbersOf(@Param("orgId") Long orgId);

    /**
     * The case with its procedure record and its officers (every step checks the acting officer among them),
     * in one query: one row per officer, the same two entities in each; none when the case has no procedure
     * (not a workflow case).
     */
    @Query("select c, p from PenaltyCase c left join fetch c.officers, CaseProcedure p where c.id = :id and p.caseId = :id")
    List<Object[]> findWithProcedure(@Param("id") Long caseId);

    @Query("select c from PenaltyCase c where c.orgId = :orgId and c.caseNo = :caseNo")
    Optional<PenaltyCase> findByOrgIdAndCaseNo(@Param("orgId") Long orgId, @Param("caseNo") String caseNo);

    /** Open workflow cases an officer handles (for the deadline warnings of the 工作台), most urgent first. */
    @org.springframework.data.jpa.repository.Query("""
            select distinct c.id from PenaltyCase c join c.officers o
            where o.officerId = :officer and c.processInstanceId is not null and c.archivedDate is null
              and (c.outcome is null or c.outcome <> org.casework.enforcement.PenaltyOutcome.NOT_FILED)""")
    List<Long> openWorkflowCasesOf(@org.springframework.data.repository.query.Param("officer") Long officerId,
                                   org.springframework.data.domain.Pageable page);

    /** Open, undecided general cases of these organisations whose decision period ends by {@code until}. */
    @org.springframework.data.jpa.repository.Query("""
            select c.id from PenaltyCase c where c.orgId in :orgs and c.processInstanceId is not null
              and c.decisionDate is null and c.closedDate is null and c.decisionDueDate <= :until
            order by c.decisionDueDate""")
    List<Long> decisionDueBy(@org.springframework.data.repository.query.Param("orgs") Collection<Long> orgIds,
                             @org.springframework.data.repository.query.Param("until") LocalDate until,
                             org.springframework.data.domain.Pageable page);

    /**
     * Cases of these organisations matching the filter. The year is a date range on 立案日期 or 决定日期
     * (never a function of the column, so the indexes serve it).
     */
    static Specification<PenaltyCase> matching(Collection<Long> orgIds, PenaltyCaseFilter f) {
        return matching(orgIds, f, null, null);
    }

    /**
     * As {@link #matching(Collection, PenaltyCaseFilter)}; {@code today} and {@code dueSoonUntil} (3 working
     * days ahead) serve the deadline filter on 办案期限 of filed, undecided general-procedure cases.
     */
    static Specification<PenaltyCase> matching(Collection<Long> orgIds, PenaltyCaseFilter f, LocalDate today, LocalDate dueSoonUntil) {
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
            if (f.deadline() != null && today != null) {
                where.add(cb.equal(root.get("procedure"), ProcedureType.GENERAL));
                where.add(cb.isNotNull(root.get("filedDate")));
                where.add(cb.isNull(root.get("decisionDate")));
                where.add(cb.isNull(root.get("closedDate")));
                where.add(f.deadline() == PenaltyCaseFilter.DeadlineFilter.OVERDUE
                        ? cb.lessThan(root.get("decisionDueDate"), today)
                        : cb.between(root.get("decisionDueDate"), today, dueSoonUntil));
            }
            if (f.officerId() != null) {
                query.distinct(true);
                where.add(cb.equal(root.join("officers").get("officerId"), f.officerId()));
            }
            String party = Texts.like(f.party());
            if (party != null) {
                where.add(cb.like(cb.upper(root.get("partyName")), party));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
