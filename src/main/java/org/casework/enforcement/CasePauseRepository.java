package org.casework.enforcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CasePauseRepository extends JpaRepository<CasePause, Long> {

    List<CasePause> findByCaseIdOrderByFromDateAscIdAsc(Long caseId);
}
