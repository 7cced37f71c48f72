package org.casework.enforcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CasePauseRepository extends JpaRepository<CasePause, Long> {

    @Query("select p from CasePause p where p.caseId = :caseId order by p.fromDate, p.id")
    List<CasePause> findByCaseIdOrderByFromDateAscIdAsc(@Param("caseId") Long caseId);
}
