package org.casework.enforcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEvidenceRepository extends JpaRepository<CaseEvidence, Long> {

    List<CaseEvidence> findByCaseIdOrderByTakenOnAscIdAsc(Long caseId);

    long countByCaseId(Long caseId);
}
