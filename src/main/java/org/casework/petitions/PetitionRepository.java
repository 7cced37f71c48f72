package org.casework.petitions;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PetitionRepository extends JpaRepository<Petition, Long>, JpaSpecificationExecutor<Petition> {

    Optional<Petition> findByOrgIdAndPetitionNo(Long orgId, String petitionNo);

    long countByChannelCode(String channelCode);
}
