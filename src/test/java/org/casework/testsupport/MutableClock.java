package org.casework.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A clock a test moves by hand (in Asia/Shanghai): "today" for every service of a Spring context
 * that uses {@link TestClockConfiguration}, so that periods can run out within a test.
 */
public final class MutableClock extends Clock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** 10:00 on the day in Shanghai. */
    public void setDay(LocalDate day) {
        now = ZonedDateTime.of(day, LocalTime.of(10, 0), SHANGHAI).toInstant();
    }

    public void advanceDays(int days) {
        now = now.plus(Duration.ofDays(days));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, SHANGHAI);
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
