package org.casework.staff;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OfficerRepository extends JpaRepository<Officer, Long>, JpaSpecificationExecutor<Officer> {

    Optional<Officer> findFirstByOrgIdAndCertificateNoOrderByIdAsc(Long orgId, String certificateNo);

    Optional<Officer> findFirstByOrgIdAndNameAndCertificateNoIsNullOrderByIdAsc(Long orgId, String name);

    Optional<Officer> findFirstByOrgIdAndNameOrderByIdAsc(Long orgId, String name);

    List<Officer> findByIdIn(Collection<Long> ids);

    Optional<Officer> findFirstByUserIdOrderByIdAsc(Long userId);

    /** Officers of these organisations matching the text, optionally only those on duty that day. */
    static Specification<Officer> matching(Collection<Long> orgIds, String text, LocalDate activeOn) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("orgId").in(orgIds));
            if (text != null && !text.isBlank()) {
                String like = "%" + text.trim().toUpperCase() + "%";
                where.add(cb.or(cb.like(cb.upper(root.get("name")), like), cb.like(root.get("certificateNo"), like)));
            }
            if (activeOn != null) {
                where.add(cb.lessThanOrEqualTo(root.get("onDutyFrom"), activeOn));
                where.add(cb.or(cb.isNull(root.get("offDutyDate")), cb.greaterThan(root.get("offDutyDate"), activeOn)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
