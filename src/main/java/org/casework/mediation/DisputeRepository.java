package org.casework.mediation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DisputeRepository extends JpaRepository<Dispute, Long>, JpaSpecificationExecutor<Dispute> {

    Optional<Dispute> findByOrgIdAndDisputeNo(Long orgId, String disputeNo);
}
