package org.casework.enforcement;

import java.time.LocalDate;

/** Preserved evidence as the case screen shows it; open while {@code decision} is null. */
public record Preservation(Long id, LocalDate preservedOn, String items, String approvedBy, LocalDate decideBy,
                           LocalDate decidedOn, PreservationDecision decision, String note) {
}
