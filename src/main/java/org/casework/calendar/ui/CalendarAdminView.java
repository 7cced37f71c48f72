package org.casework.calendar.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import org.casework.calendar.CalendarService;
import org.casework.calendar.WorkCalendar;
import org.casework.security.Role;

/**
 * 工作日历: which years' official holiday notices are loaded; one year's holidays and make-up working
 * days to maintain by hand or by CSV file; and a tool to check a date and count a period.
 */
@Route("admin/calendar")
@PageTitle("工作日历 · casework")
@Menu(title = "nav.calendar", order = 930, icon = "vaadin:calendar")
@RolesAllowed(Role.ADMIN_)
public class CalendarAdminView extends VerticalLayout {

    /** From this month on, the next year's notice is usually out and its absence is worth a warning. */
    static final int NEXT_YEAR_NOTICE_MONTH = 10;

    private final transient WorkCalendar calendar;
    private final LocalDate today;
    final Paragraph loadedYears = new Paragraph();
    final Paragraph missingYears = new Paragraph();
    final YearEditor years;
    final CalendarUpload upload;
    final DateCheck check;

    public CalendarAdminView(CalendarService calendars, WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.today = LocalDate.now(clock);
        addClassName("view-content");
        loadedYears.setId("calendar-loaded-years");
        missingYears.setId("calendar-missing-years");
        missingYears.addClassName("warning-text");
        years = new YearEditor(calendars, calendar, today.getYear(), this::showLoadedYears);
        upload = new CalendarUpload(calendars, imported -> {
            years.yearsImported(imported);
            showLoadedYears();
        });
        check = new DateCheck(calendars, calendar, today);
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.intro")),
                loadedYears, missingYears,
                years,
                new H3(getTranslation("calendar.upload.title")), upload,
                new H3(getTranslation("calendar.check.title")), check);
        showLoadedYears();
    }

    void showLoadedYears() {
        NavigableSet<Integer> loaded = calendar.loadedYears();
        loadedYears.setText(loaded.isEmpty() ? getTranslation("calendar.noYears")
                : getTranslation("calendar.loadedYears", ranges(loaded)));
        List<String> missing = new ArrayList<>();
        if (!loaded.contains(today.getYear())) {
            missing.add(getTranslation("calendar.nextYearMissing", String.valueOf(today.getYear())));
        }
        if (today.getMonthValue() >= NEXT_YEAR_NOTICE_MONTH && !loaded.contains(today.getYear() + 1)) {
            missing.add(getTranslation("calendar.nextYearMissing", String.valueOf(today.getYear() + 1)));
        }
        missingYears.setText(String.join(" ", missing));
        missingYears.setVisible(!missing.isEmpty());
    }

    /** 2019—2026、2028: runs of consecutive years shortened. */
    static String ranges(NavigableSet<Integer> years) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int y : years) {
            if (start == null) {
                start = y;
            } else if (y != prev + 1) {
                parts.add(start.equals(prev) ? start + "年" : start + "—" + prev + "年");
                start = y;
            }
            prev = y;
        }
        if (start != null) {
            parts.add(start.equals(prev) ? start + "年" : start + "—" + prev + "年");
        }
        return String.join("、", parts);
    }
}
