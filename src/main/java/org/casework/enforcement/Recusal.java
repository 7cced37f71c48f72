package org.casework.enforcement;

import java.time.LocalDate;

/** A recusal request as the case screen shows it; open while {@code granted} is null. */
public record Recusal(Long id, Long officerId, LocalDate requestedOn, String reason, LocalDate decidedOn, Boolean granted,
                      Long replacementId) {
}
