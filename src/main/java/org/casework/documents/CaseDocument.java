package org.casework.documents;

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
import org.casework.audit.AuditTrail;

/** An issued document: its row says who issued it when (a trail of its own); voiding it is audited. */
@Entity
@Table(name = "case_document")
@AuditTrail
class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_kind", nullable = false, length = 16)
    CaseKind caseKind;

    @Column(name = "case_id", nullable = false)
    long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 40)
    DocumentType type;

    @Column(name = "doc_no", nullable = false, length = 100)
    String number;

    @Column(name = "doc_year", nullable = false)
    int year;

    @Column(name = "seq_no", nullable = false)
    int seqNo;

    @Column(nullable = false, length = 200)
    String title;

    /**
     * LONGTEXT in the schema. Mapped as a plain string: H2 reports the column as CHARACTER VARYING and
     * MySQL as LONGTEXT (LONGVARCHAR), which Hibernate's validation accepts for a VARCHAR mapping.
     */
    @Column(nullable = false)
    String content;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64)
    String issuedBy;

    @Column(name = "issued_by_name", length = 100)
    String issuedByName;

    @Column(nullable = false)
    boolean voided;

    @Column(name = "void_reason", length = 500)
    String voidReason;

    @Column(name = "voided_at")
    Instant voidedAt;

    @Column(name = "voided_by", length = 64)
    String voidedBy;

    @Version
    long version;

    IssuedDocument toIssued() {
        return new IssuedDocument(id, orgId, caseKind, caseId, type, number, year, seqNo, title, issuedAt, issuedBy,
                issuedByName, voided, voidReason, voidedAt, voidedBy);
    }
}
