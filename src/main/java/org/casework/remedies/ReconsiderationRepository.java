package org.casework.remedies;

import java.util.Optional;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReconsiderationRepository extends JpaRepository<ReconsiderationCase, Long>,
        JpaSpecificationExecutor<ReconsiderationCase> {

    // JPQL: Hibernate caches its plan (a derived query is translated on every call, which the ledger import feels)

    @Query("select e from ReconsiderationCase e where e.orgId = :orgId and e.caseNo = :caseNo")

    Optional<ReconsiderationCase> findByOrgIdAndCaseNo(@Param("orgId") Long orgId, @Param("caseNo") String caseNo);
}
