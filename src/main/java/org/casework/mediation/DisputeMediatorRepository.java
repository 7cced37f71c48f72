package org.casework.mediation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DisputeMediatorRepository extends JpaRepository<DisputeMediator, Long> {

    List<DisputeMediator> findByDisputeIdOrderByIdAsc(Long disputeId);

    /** Per mediator: open disputes (not closed, not refused) on which they are not recused. */
    @Query("SELECT m.mediatorId, COUNT(m) FROM DisputeMediator m, Dispute d WHERE d.id = m.disputeId"
            + " AND m.recusedDate IS NULL AND d.closedDate IS NULL AND m.mediatorId IN :mediatorIds GROUP BY m.mediatorId")
    List<Object[]> countOpenByMediator(Collection<Long> mediatorIds);

    /** Per mediator: disputes closed in the period on which they were not recused. */
    @Query("SELECT m.mediatorId, COUNT(m) FROM DisputeMediator m, Dispute d WHERE d.id = m.disputeId"
            + " AND m.recusedDate IS NULL AND d.closedDate BETWEEN :from AND :to AND m.mediatorId IN :mediatorIds"
            + " GROUP BY m.mediatorId")
    List<Object[]> countClosedByMediator(Collection<Long> mediatorIds, java.time.LocalDate from, java.time.LocalDate to);
}
