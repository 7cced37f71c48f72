package org.casework.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * The 90-day decision clock of a general-procedure case (《行政处罚法》第六十条): from 立案, plus approved
 * extensions, with the paused intervals not counted.
 *
 * @param day         the day of the period reached (paused days not counted), on the day computed or the decision date
 * @param daysLeft    calendar days from that day to the due date; negative when overdue
 * @param warnings    the warnings reached (第60日, 第80日, 届满) and calendar warnings
 */
public record DecisionClock(
        LocalDate filedOn,
        int limitDays,
        List<Extension> extensions,
        int extensionDays,
        List<Pause> pauses,
        int pausedDays,
        boolean paused,
        LocalDate dueDate,
        LocalDate decidedOn,
        long day,
        long daysLeft,
        DeadlineState state,
        List<String> warnings) {

    public static final int LIMIT_DAYS = 90;
    public static final int HEAD_EXTENSION_DAYS = 30;
    public static final int FIRST_WARNING_DAY = 60;
    public static final int SECOND_WARNING_DAY = 80;

    public boolean headExtensionUsed() {
        return extensions.stream().anyMatch(e -> e.via() == ExtensionVia.HEAD);
    }
}
