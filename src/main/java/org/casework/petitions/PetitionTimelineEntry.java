package org.casework.petitions;

import java.time.Instant;
import java.time.LocalDate;

/** A timeline entry as the petition page shows it; {@code actor} is null for the process's own timers. */
public record PetitionTimelineEntry(PetitionEventKind kind, LocalDate date, String detail, String actor, Instant recordedAt) {
}
