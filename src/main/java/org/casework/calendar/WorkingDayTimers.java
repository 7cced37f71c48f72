package org.casework.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Working-day deadlines for BPMN timers and due dates, available in expressions as the Spring bean
 * {@code workingDays}. It counts with the same {@link WorkCalendar} as the screens, so a timer and the
 * due date a user sees can never disagree.
 *
 * <pre>{@code
 * <!-- five working days from today (the day the timer is created) -->
 * <bpmn:timerEventDefinition>
 *   <bpmn:timeDate>${workingDays.after(5)}</bpmn:timeDate>
 * </bpmn:timerEventDefinition>
 *
 * <!-- seven working days from a date held in a process variable -->
 * <bpmn:timeDate>${workingDays.afterDate(decisionDate, 7)}</bpmn:timeDate>
 *
 * <!-- the same value works as a user task's due date -->
 * <bpmn:userTask id="Task_ReviewLegality" camunda:dueDate="${workingDays.after(3)}" />
 * }</pre>
 *
 * <ul>
 *   <li>The start day is not counted (《行政处罚法》第八十五条; as {@link WorkCalendar#addWorkingDays}):
 *       {@code after(5)} on Thursday 2024-02-08 is Wednesday 2024-02-21, because 02-10…02-17 are the
 *       Spring Festival and Sunday 02-18 is a make-up working day.</li>
 *   <li>The result is the <b>end</b> of the last day of the period, 23:59:59 in the offices' time zone
 *       (the zone of the application clock, Asia/Shanghai), returned as a {@link java.util.Date}, which
 *       Camunda accepts for {@code timeDate} and {@code dueDate}. A party may still act on the last
 *       day; a timer that marks the period as missed fires only once it has run out; and a task due
 *       date shows the right calendar day.</li>
 *   <li>{@code afterDate} takes the start as a {@code java.util.Date}, {@code LocalDate},
 *       {@code LocalDateTime}, {@code ZonedDateTime}, {@code OffsetDateTime}, {@code Instant} or an
 *       ISO text ({@code 2024-02-08} or {@code 2024-02-08T10:15:00}); a date-time counts from its
 *       calendar day in the offices' zone.</li>
 *   <li>When the period reaches a year whose official holidays are not loaded, the date is computed with
 *       ordinary weekends and a warning is logged (the screens show the same warning through
 *       {@link WorkCalendar#warningsFor}).</li>
 * </ul>
 */
@Component("workingDays")
public class WorkingDayTimers {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayTimers.class);

    /** The moment of the last day at which a period counts as run out. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkCalendar calendar;
    private final Clock clock;

    WorkingDayTimers(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The end of the day {@code workingDays} working days after today. */
    public Date after(int workingDays) {
        return afterDate(LocalDate.now(clock), workingDays);
    }

    /** The end of the day {@code workingDays} working days after {@code start} (see the class notes). */
    public Date afterDate(Object start, int workingDays) {
        LocalDate from = toLocalDate(start);
        if (workingDays < 0) {
            throw new IllegalArgumentException("工作日天数不能为负数：" + workingDays);
        }
        Computed<LocalDate> due = calendar.addWorkingDays(from, workingDays);
        due.warnings().forEach(w -> log.warn("Working-day timer from {} plus {} working days: {}", from, workingDays, w));
        return Date.from(due.value().atTime(END_OF_DAY).atZone(zone()).toInstant());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    LocalDate toLocalDate(Object start) {
        if (start == null) {
            throw new IllegalArgumentException("计算期限的起算日期为空");
        }
        if (start instanceof LocalDate d) {
            return d;
        }
        if (start instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (start instanceof ZonedDateTime t) {
            return t.withZoneSameInstant(zone()).toLocalDate();
        }
        if (start instanceof OffsetDateTime t) {
            return t.atZoneSameInstant(zone()).toLocalDate();
        }
        if (start instanceof Instant t) {
            return t.atZone(zone()).toLocalDate();
        }
        if (start instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (start instanceof Date d) {
            return d.toInstant().atZone(zone()).toLocalDate();
        }
        if (start instanceof CharSequence text) {
            String s = text.toString().trim();
            try {
                return s.length() <= 10 ? LocalDate.parse(s) : LocalDateTime.parse(s).toLocalDate();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("无法识别的起算日期：" + s + "（应为 2024-02-08 或 2024-02-08T10:15:00）", e);
            }
        }
        throw new IllegalArgumentException("无法识别的起算日期类型：" + start.getClass().getName());
    }
}
