package org.casework.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByTreePathStartingWithOrderByTreePath(String prefix);

    List<OrgUnit> findAllByOrderByTreePath();

    boolean existsByParentId(Long parentId);
}
