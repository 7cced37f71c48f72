package org.casework.petitions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionEventRepository extends JpaRepository<PetitionEvent, Long> {

    List<PetitionEvent> findByPetitionIdOrderByRecordedAtAscIdAsc(Long petitionId);

    boolean existsByPetitionIdAndKindAndDetail(Long petitionId, PetitionEventKind kind, String detail);
}
