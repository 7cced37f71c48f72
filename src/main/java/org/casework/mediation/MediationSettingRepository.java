package org.casework.mediation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediationSettingRepository extends JpaRepository<MediationSetting, Long> {

    Optional<MediationSetting> findByOrgIdAndKind(Long orgId, MediationKind kind);

    List<MediationSetting> findByOrgIdInAndKind(Collection<Long> orgIds, MediationKind kind);

    List<MediationSetting> findByOrgIdOrderByKindAsc(Long orgId);
}
