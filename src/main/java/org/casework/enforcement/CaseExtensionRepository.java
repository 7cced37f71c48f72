package org.casework.enforcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseExtensionRepository extends JpaRepository<CaseExtension, Long> {

    @Query("select e from CaseExtension e where e.caseId = :caseId order by e.approvedOn, e.id")
    List<CaseExtension> findByCaseIdOrderByApprovedOnAscIdAsc(@Param("caseId") Long caseId);
}
