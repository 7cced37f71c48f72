package org.casework.enforcement;

import java.time.LocalDate;
import org.casework.documents.forms.ReviewConclusion;

/** A review round as the case screen shows it. */
public record ReviewRound(ReviewKind kind, LocalDate submittedOn, LocalDate completedOn, String reviewer,
                          ReviewConclusion opinion, String reasons) {
}
