package org.casework.enforcement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.casework.party.PartyKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface HearingThresholdRepository extends JpaRepository<HearingThreshold, Long> {

    List<HearingThreshold> findByOrgIdOrderByPartyKindAscFieldKeyAsc(Long orgId);

    List<HearingThreshold> findByOrgIdInAndPartyKind(Collection<Long> orgIds, PartyKind kind);

    Optional<HearingThreshold> findByOrgIdAndPartyKindAndFieldKey(Long orgId, PartyKind kind, String fieldKey);
}
