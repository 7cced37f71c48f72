package org.casework.enforcement;

import java.time.Instant;
import java.time.LocalDate;

/** A step of a case as the timeline shows it: when, which step, what was done, by whom. */
public record TimelineEntry(Instant occurredAt, LocalDate day, String step, String action, String detail, String actor,
                            String actorName) {
}
