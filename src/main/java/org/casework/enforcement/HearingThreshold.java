package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.casework.base.ReferenceEntity;
import org.casework.party.PartyKind;

/** "较大数额" (第六十三条) of one organisation for a party kind and enforcement field ('' = every field). */
@Entity
@Table(name = "hearing_threshold")
class HearingThreshold implements ReferenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, length = 16)
    PartyKind partyKind;

    @Column(name = "field_key", nullable = false, length = 64)
    String fieldKey = "";

    @Column(name = "fine_amount", precision = 14, scale = 2)
    BigDecimal fineAmount;

    @Column(name = "confiscation_amount", precision = 14, scale = 2)
    BigDecimal confiscationAmount;

    @Column(length = 300)
    String basis;

    @Version
    long version;

    HearingThresholdRow toRow() {
        return new HearingThresholdRow(id, orgId, partyKind, fieldKey.isEmpty() ? null : fieldKey, fineAmount, confiscationAmount, basis);
    }
}
