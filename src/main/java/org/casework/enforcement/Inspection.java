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
import java.time.Instant;
import java.time.LocalDate;
import org.casework.base.Origin;

/** An administrative inspection (行政检查), identified by organisation + 检查编号. */
@Entity
@Table(name = "inspection")
class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Column(name = "inspection_no", nullable = false, length = 100)
    String inspectionNo;

    @Column(name = "inspection_date", nullable = false)
    LocalDate inspectionDate;

    @Column(length = 200)
    String target;

    @Column(length = 200)
    String item;

    @Column(name = "party_id")
    Long partyId;

    @Column(length = 1000)
    String result;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Origin origin = Origin.SCREEN;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.now();

    @Version
    long version;

    InspectionForm toForm() {
        return new InspectionForm(orgId, inspectionNo, inspectionDate, target, item, result);
    }

    void apply(InspectionForm f) {
        orgId = f.orgId();
        inspectionNo = f.inspectionNo();
        inspectionDate = f.inspectionDate();
        target = f.target();
        item = f.item();
        result = f.result();
    }
}
