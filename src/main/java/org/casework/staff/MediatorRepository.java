package org.casework.staff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MediatorRepository extends JpaRepository<Mediator, Long>, JpaSpecificationExecutor<Mediator> {

    Optional<Mediator> findByOrgIdAndName(Long orgId, String name);
}
