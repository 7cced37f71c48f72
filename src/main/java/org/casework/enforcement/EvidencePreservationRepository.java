package org.casework.enforcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidencePreservationRepository extends JpaRepository<EvidencePreservation, Long> {

    List<EvidencePreservation> findByCaseIdOrderByIdAsc(Long caseId);
}
