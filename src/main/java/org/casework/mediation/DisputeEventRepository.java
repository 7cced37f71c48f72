package org.casework.mediation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisputeEventRepository extends JpaRepository<DisputeEvent, Long> {

    List<DisputeEvent> findByDisputeIdOrderByOccurredAtAscIdAsc(Long disputeId);
}
