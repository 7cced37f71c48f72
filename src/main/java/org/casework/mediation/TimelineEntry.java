package org.casework.mediation;

import java.time.Instant;

/** One line of a dispute's timeline: when, which step (a process element id or a word), what, who. */
public record TimelineEntry(Instant at, String step, String summary, String actor) {
}
