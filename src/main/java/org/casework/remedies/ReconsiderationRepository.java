package org.casework.remedies;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReconsiderationRepository extends JpaRepository<ReconsiderationCase, Long>,
        JpaSpecificationExecutor<ReconsiderationCase> {

    Optional<ReconsiderationCase> findByOrgIdAndCaseNo(Long orgId, String caseNo);
}
