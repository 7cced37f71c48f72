package org.casework.mediation;

import java.util.Optional;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DisputeRepository extends JpaRepository<Dispute, Long>, JpaSpecificationExecutor<Dispute> {

    // JPQL: Hibernate caches its plan (a derived query is translated on every call, which the ledger import feels)

    @Query("select e from Dispute e where e.orgId = :orgId and e.disputeNo = :disputeNo")

    Optional<Dispute> findByOrgIdAndDisputeNo(@Param("orgId") Long orgId, @Param("disputeNo") String disputeNo);
}
