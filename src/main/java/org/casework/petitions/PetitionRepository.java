package org.casework.petitions;

import java.util.Optional;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PetitionRepository extends JpaRepository<Petition, Long>, JpaSpecificationExecutor<Petition> {

    // JPQL: Hibernate caches its plan (a derived query is translated on every call, which the ledger import feels)

    @Query("select e from Petition e where e.orgId = :orgId and e.petitionNo = :petitionNo")

    Optional<Petition> findByOrgIdAndPetitionNo(@Param("orgId") Long orgId, @Param("petitionNo") String petitionNo);

    long countByChannelCode(String channelCode);
}
