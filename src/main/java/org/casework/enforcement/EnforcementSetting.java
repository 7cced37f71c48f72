package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.casework.base.ReferenceEntity;

/** The configurable numbers and fixed texts of one organisation's penalty procedure. */
@Entity
@Table(name = "enforcement_setting")
class EnforcementSetting implements ReferenceEntity {

    @Id
    @Column(name = "org_id")
    Long orgId;

    @Column(name = "defence_days", nullable = false)
    int defenceDays;

    @Column(name = "hearing_request_days", nullable = false)
    int hearingRequestDays;

    @Column(name = "publication_days", nullable = false)
    int publicationDays;

    @Column(name = "reconsideration_body", length = 200)
    String reconsiderationBody;

    @Column(length = 200)
    String court;

    @Column(name = "payment_account", length = 300)
    String paymentAccount;

    @Column(name = "contact_person", length = 50)
    String contactPerson;

    @Column(name = "contact_phone", length = 50)
    String contactPhone;

    @Column(name = "contact_address", length = 200)
    String contactAddress;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    String updatedBy;

    @Version
    long version;

    ProcedureSettings toSettings(boolean inherited) {
        return new ProcedureSettings(orgId, inherited, defenceDays, hearingRequestDays, publicationDays, reconsiderationBody, court,
                paymentAccount, contactPerson, contactPhone, contactAddress);
    }

    void apply(ProcedureSettings s) {
        defenceDays = s.defenceDays();
        hearingRequestDays = s.hearingRequestDays();
        publicationDays = s.publicationDays();
        reconsiderationBody = Texts.clean(s.reconsiderationBody());
        court = Texts.clean(s.court());
        paymentAccount = Texts.clean(s.paymentAccount());
        contactPerson = Texts.clean(s.contactPerson());
        contactPhone = Texts.clean(s.contactPhone());
        contactAddress = Texts.clean(s.contactAddress());
    }
}
