package org.casework.remedies;

import java.util.Optional;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LitigationRepository extends JpaRepository<LitigationInstance, Long>, JpaSpecificationExecutor<LitigationInstance> {

    // JPQL: Hibernate caches its plan (a derived query is translated on every call, which the ledger import feels)

    @Query("select e from LitigationInstance e where e.orgId = :orgId and e.courtCaseNo = :courtCaseNo")

    Optional<LitigationInstance> findByOrgIdAndCourtCaseNo(@Param("orgId") Long orgId, @Param("courtCaseNo") String courtCaseNo);
}
