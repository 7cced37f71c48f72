package org.casework.remedies;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LitigationRepository extends JpaRepository<LitigationInstance, Long>, JpaSpecificationExecutor<LitigationInstance> {

    Optional<LitigationInstance> findByOrgIdAndCourtCaseNo(Long orgId, String courtCaseNo);
}
