package org.casework.enforcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecusalRequestRepository extends JpaRepository<RecusalRequest, Long> {

    List<RecusalRequest> findByCaseIdOrderByIdAsc(Long caseId);
}
