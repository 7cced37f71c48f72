package org.casework.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.casework.base.Origin;
import org.casework.base.ReferenceEntity;

/** An enforcement officer (执法人员) of an organisation, with the enforcement certificate (执法证). */
@Entity
@Table(name = "officer")
class Officer implements ReferenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "certificate_no", length = 64)
    String certificateNo;

    @Column(name = "certificate_valid_until")
    LocalDate certificateValidUntil;

    @Column(name = "on_duty_from", nullable = false)
    LocalDate onDutyFrom;

    @Column(name = "off_duty_date")
    LocalDate offDutyDate;

    @Column(name = "legal_qualification", nullable = false)
    boolean legalQualification;

    @Column(name = "user_id")
    Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Origin origin = Origin.SCREEN;

    @Version
    long version;

    OfficerForm toForm() {
        return new OfficerForm(orgId, name, certificateNo, certificateValidUntil, onDutyFrom, offDutyDate, legalQualification);
    }

    void apply(OfficerForm f) {
        orgId = f.orgId();
        name = f.name();
        certificateNo = f.certificateNo();
        certificateValidUntil = f.certificateValidUntil();
        onDutyFrom = f.onDutyFrom();
        offDutyDate = f.offDutyDate();
        legalQualification = f.legalQualification();
    }
}
