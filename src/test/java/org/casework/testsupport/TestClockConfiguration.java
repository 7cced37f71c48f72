package org.casework.testsupport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application clock with a {@link MutableClock} (starting Monday 2025-03-03, 10:00 in
 * Shanghai). Import it in a Spring test whose periods must run out; the tests sharing it share one
 * Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    public static final LocalDate START = LocalDate.of(2025, 3, 3);

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(ZonedDateTime.of(START, LocalTime.of(10, 0), MutableClock.SHANGHAI).toInstant());
    }
}
