package org.casework.documents;

import java.time.LocalDate;

/**
 * What the cover of a case file (卷宗封面) states. Every field may be null; the archive then shows what
 * it knows from the documents themselves.
 */
public record ArchiveCover(
        String caseNumber,
        String caseTitle,
        String parties,
        LocalDate openedOn,
        LocalDate closedOn,
        String retention) {

    public static ArchiveCover empty() {
        return new ArchiveCover(null, null, null, null, null, null);
    }
}
