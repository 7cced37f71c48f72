package org.casework.mediation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisputeExtensionRepository extends JpaRepository<DisputeExtension, Long> {

    List<DisputeExtension> findByDisputeIdOrderByIdAsc(Long disputeId);
}
