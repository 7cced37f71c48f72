package org.casework.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the offices' time zone (Asia/Shanghai): every "today" and
 * every counting date is a local date there, whatever the server's own zone.
 */
@Configuration
public class Clocks {

    @Bean
    Clock clock(@Value("${casework.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }
}
