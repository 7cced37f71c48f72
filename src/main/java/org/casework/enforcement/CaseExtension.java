package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An extension of the 90-day decision period and who approved it. */
@Entity
@Table(name = "case_extension")
class CaseExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "case_id", nullable = false)
    Long caseId;

    @Column(nullable = false)
    int days;

    @Enumerated(EnumType.STRING)
    @Column(name = "approved_via", nullable = false, length = 24)
    ExtensionVia approvedVia;

    @Column(name = "approved_on", nullable = false)
    LocalDate approvedOn;

    @Column(name = "approved_by", nullable = false, length = 64)
    String approvedBy;

    @Column(name = "approver_name", length = 100)
    String approverName;

    @Column(nullable = false, length = 500)
    String reason;

    Extension toExtension() {
        return new Extension(days, approvedVia, approvedOn, approvedBy, approverName, reason);
    }
}
