package org.casework.enforcement;

import java.time.LocalDate;

/** A record or piece of evidence (第四十六条) as entered and shown. */
public record EvidenceEntry(EvidenceKind kind, String title, LocalDate takenOn, String description) {
}
