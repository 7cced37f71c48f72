package org.casework.mediation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One deadline of a dispute as the screens show it: the time limit, the follow-up, the judicial
 * confirmation window, and for a 矛调中心 its service levels. {@code dueAt} is set for a deadline
 * counted in minutes (reception), {@code dueDate} otherwise; {@code doneOn}/{@code doneAt} when met.
 */
public record DisputeClock(String name, LocalDate dueDate, Instant dueAt, ClockState state, LocalDate doneOn,
                           Instant doneAt) {
}
