package org.casework.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByTreePathStartingWithOrderByTreePath(String prefix);

    List<OrgUnit> findAllByOrderByTreePath();

    /** The ids under a tree path (paths hold only digits and slashes, so the prefix needs no escaping). */
    @Query("select u.id from OrgUnit u where u.treePath like concat(:path, '%')")
    List<Long> findIdsUnder(@Param("path") String treePath);

    boolean existsByParentId(Long parentId);
}
