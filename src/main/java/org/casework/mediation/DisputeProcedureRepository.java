package org.casework.mediation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisputeProcedureRepository extends JpaRepository<DisputeProcedure, Long> {

    List<DisputeProcedure> findByDisputeIdIn(Collection<Long> disputeIds);
}
