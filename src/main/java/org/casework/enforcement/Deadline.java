package org.casework.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * One period of a case as the clock panel shows it: the rule (name, legal source), from when, until
 * when, whether it was met, and calendar warnings (a year whose holidays are not loaded).
 *
 * @param state    the state on the day it was computed
 * @param daysLeft calendar days from that day to the due date (negative when overdue); null when met
 */
public record Deadline(DeadlineRule rule, String subject, LocalDate start, LocalDate due, LocalDate metOn,
                       DeadlineState state, Long daysLeft, String note, List<String> warnings) {

    public String label() {
        return subject == null ? rule.label() : rule.label() + "（" + subject + "）";
    }
}
