package org.casework.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.casework.base.ui.Formats;
import org.casework.calendar.CalendarEntry;
import org.casework.calendar.CalendarService;
import org.casework.calendar.Computed;
import org.casework.calendar.DayKind;
import org.casework.calendar.WorkCalendar;

/**
 * 日期查询: is a date a working day, which date is N working days later, and where a period of N
 * calendar days ends; with the calendar's warnings (e.g. a year not loaded) shown plainly.
 */
class DateCheck extends VerticalLayout {

    private final transient CalendarService calendars;
    private final transient WorkCalendar calendar;
    final DatePicker date;
    final IntegerField days = new IntegerField();
    final Button check = new Button();
    final Div results = new Div();
    final Div warnings = new Div();

    DateCheck(CalendarService calendars, WorkCalendar calendar, LocalDate today) {
        this.calendars = calendars;
        this.calendar = calendar;
        setPadding(false);
        date = Formats.datePicker(getTranslation("calendar.check.date"));
        date.setId("calendar-check-date");
        date.setValue(today);
        days.setLabel(getTranslation("calendar.check.days"));
        days.setId("calendar-check-days");
        days.setHelperText(getTranslation("calendar.check.days.helper"));
        days.setMin(0);
        days.setMax(3650);
        days.setStepButtonsVisible(true);
        days.setValue(5);
        check.setText(getTranslation("calendar.check.run"));
        check.setId("calendar-check-run");
        check.addClickListener(e -> check());
        results.setId("calendar-check-results");
        warnings.setId("calendar-check-warnings");
        warnings.addClassName("warning-text");
        warnings.setVisible(false);
        HorizontalLayout inputs = new HorizontalLayout(date, days, check);
        inputs.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(inputs, results, warnings);
    }

    void check() {
        results.removeAll();
        warnings.removeAll();
        LocalDate d = date.getValue();
        if (d == null) {
            date.setErrorMessage(getTranslation("calendar.day.dateRequired"));
            date.setInvalid(true);
            warnings.setVisible(false);
            return;
        }
        Set<String> notes = new LinkedHashSet<>(calendar.warningsFor(d, d));
        results.add(line(describeDay(d)));
        int n = days.getValue() == null ? 0 : Math.max(0, Math.min(3650, days.getValue()));
        if (n > 0) {
            Computed<LocalDate> after = calendar.addWorkingDays(d, n);
            results.add(line(getTranslation("calendar.check.afterWorkingDays", Formats.date(d), String.valueOf(n),
                    DayTexts.withWeekday(after.value()))));
            Computed<LocalDate> period = calendar.endOfCalendarPeriod(d, n);
            results.add(line(getTranslation("calendar.check.calendarPeriod", Formats.date(d), String.valueOf(n),
                    DayTexts.withWeekday(period.value()))));
            notes.addAll(after.warnings());
            notes.addAll(period.warnings());
        }
        if (!notes.isEmpty()) {
            Span title = new Span(getTranslation("calendar.check.warnings"));
            title.getStyle().set("font-weight", "600");
            warnings.add(title);
            notes.forEach(w -> warnings.add(line(w)));
        }
        warnings.setVisible(!notes.isEmpty());
    }

    private String describeDay(LocalDate d) {
        String day = DayTexts.withWeekday(d);
        Optional<CalendarEntry> listed = calendars.daysOf(d.getYear()).stream().filter(e -> e.date().equals(d)).findFirst();
        String name = listed.map(CalendarEntry::name).orElse("");
        if (listed.isPresent() && listed.get().kind() == DayKind.HOLIDAY) {
            return getTranslation("calendar.check.holiday", day, name);
        }
        if (listed.isPresent() && listed.get().kind() == DayKind.WORKDAY) {
            return getTranslation("calendar.check.makeUpDay", day, name);
        }
        return getTranslation(calendar.isWorkingDay(d) ? "calendar.check.workingDay" : "calendar.check.weekend", day);
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return p;
    }
}
