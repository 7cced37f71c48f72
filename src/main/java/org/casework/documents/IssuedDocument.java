package org.casework.documents;

import java.time.Instant;

/** An issued document as lists and screens see it (without its content). */
public record IssuedDocument(
        long id,
        long orgId,
        CaseKind caseKind,
        long caseId,
        DocumentType type,
        String number,
        int year,
        int seqNo,
        String title,
        Instant issuedAt,
        String issuedBy,
        String issuedByName,
        boolean voided,
        String voidReason,
        Instant voidedAt,
        String voidedBy) {

    /** A short file name without extension, e.g. 行政处罚决定书_东街罚决字〔2024〕第12号. */
    public String fileBaseName() {
        return (title + "_" + number).replaceAll("[\\\\/:*?\"<>|\\s]", "");
    }
}
