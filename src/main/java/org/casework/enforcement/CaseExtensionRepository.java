package org.casework.enforcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseExtensionRepository extends JpaRepository<CaseExtension, Long> {

    List<CaseExtension> findByCaseIdOrderByApprovedOnAscIdAsc(Long caseId);
}
