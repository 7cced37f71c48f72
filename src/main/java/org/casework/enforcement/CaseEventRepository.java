package org.casework.enforcement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);

    @Query("select count(e) > 0 from CaseEvent e where e.caseId = :caseId and e.actor = :actor and e.step in :steps")
    boolean anyByActorAtSteps(@Param("caseId") Long caseId, @Param("actor") String actor, @Param("steps") Collection<String> steps);
}
