package org.casework.enforcement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A paused interval [from, to): {@code to} is the day counting resumes, null while the pause runs.
 */
public record Pause(Long id, PauseKind kind, LocalDate from, LocalDate to, String reason) {

    public boolean running() {
        return to == null;
    }

    /** Whether the day lies in the pause (a running pause covers every day from its start). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }

    /** Days paused up to and including {@code until} (a running pause counts until that day). */
    public long daysUntil(LocalDate until) {
        LocalDate end = to == null || to.isAfter(until.plusDays(1)) ? until.plusDays(1) : to;
        return Math.max(0, ChronoUnit.DAYS.between(from, end));
    }
}
