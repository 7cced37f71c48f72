package org.casework.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** On start, loads the bundled official calendar's years that the database does not have yet. */
@Component
@Order(10)
class CalendarSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalendarSeeder.class);
    static final String BUNDLED = "db/calendar/cn-work-calendar.csv";

    private final CalendarService calendars;

    CalendarSeeder(CalendarService calendars) {
        this.calendars = calendars;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream in = new ClassPathResource(BUNDLED).getInputStream()) {
            List<Integer> years = calendars.loadMissingYears(in, BUNDLED);
            if (!years.isEmpty()) {
                log.info("Loaded the official work calendar for {}", years);
            }
        }
    }
}
