package org.casework.mediation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisputeSessionRepository extends JpaRepository<DisputeSession, Long> {

    List<DisputeSession> findByDisputeIdOrderBySeqAsc(Long disputeId);

    Optional<DisputeSession> findFirstByDisputeIdOrderBySeqDesc(Long disputeId);
}
