package org.casework.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An organisation's own {@link MediationRule} for one kind of mediation. */
@Entity
@Table(name = "mediation_setting")
class MediationSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mediation_kind", nullable = false, length = 16)
    MediationKind kind;

    @Column(name = "limit_days", nullable = false)
    int limitDays;

    @Column(name = "limit_working_days", nullable = false)
    boolean limitWorkingDays;

    @Column(name = "extension_days", nullable = false)
    int extensionDays;

    @Column(name = "follow_up_days", nullable = false)
    int followUpDays;

    @Column(name = "reception_minutes")
    Integer receptionMinutes;

    @Column(name = "plan_working_days")
    Integer planWorkingDays;

    @Column(name = "service_follow_up_days")
    Integer serviceFollowUpDays;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    String updatedBy;

    @Version
    long version;

    void apply(MediationRule r) {
        limitDays = r.limitDays();
        limitWorkingDays = r.limitWorkingDays();
        extensionDays = r.extensionDays();
        followUpDays = r.followUpDays();
        receptionMinutes = r.receptionMinutes();
        planWorkingDays = r.planWorkingDays();
        serviceFollowUpDays = r.serviceFollowUpDays();
    }

    MediationRule toRule() {
        return new MediationRule(kind, limitDays, limitWorkingDays, extensionDays, followUpDays,
                receptionMinutes, planWorkingDays, serviceFollowUpDays, orgId);
    }
}
