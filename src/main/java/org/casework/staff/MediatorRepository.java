package org.casework.staff;

import java.util.Optional;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MediatorRepository extends JpaRepository<Mediator, Long>, JpaSpecificationExecutor<Mediator> {

    // JPQL: Hibernate caches its plan (a derived query is translated on every call, which the ledger import feels)

    @Query("select e from Mediator e where e.orgId = :orgId and e.name = :name")

    Optional<Mediator> findByOrgIdAndName(@Param("orgId") Long orgId, @Param("name") String name);
}
