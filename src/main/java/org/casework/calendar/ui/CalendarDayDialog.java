package org.casework.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.casework.base.ui.Formats;
import org.casework.calendar.CalendarEntry;
import org.casework.calendar.DayKind;

/**
 * Adds or changes one listed day of a year (a holiday or a make-up working day). The row goes into
 * the year's list on screen; nothing is stored until the year is saved.
 */
class CalendarDayDialog extends Dialog {

    final DatePicker date;
    private final int year;
    final RadioButtonGroup<DayKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    private final transient Predicate<LocalDate> listedElsewhere;
    private final transient Consumer<CalendarEntry> onDone;

    /**
     * @param listedElsewhere whether a date is already another row of the year
     * @param onDone          receives the new or changed row
     */
    CalendarDayDialog(int year, CalendarEntry editing, Predicate<LocalDate> listedElsewhere, Consumer<CalendarEntry> onDone) {
        this.year = year;
        this.listedElsewhere = listedElsewhere;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("calendar.day.title"));
        date = Formats.datePicker(getTranslation("calendar.date"));
        date.setId("calendar-day-date");
        date.setMin(LocalDate.of(year, 1, 1));
        date.setMax(LocalDate.of(year, 12, 31));
        date.setInitialPosition(LocalDate.of(year, 1, 1));
        date.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setId("calendar-day-kind");
        kind.setItems(Arrays.asList(DayKind.values()));
        kind.setItemLabelGenerator(DayKind::label);
        kind.setHelperText(getTranslation("calendar.day.kind.helper"));
        kind.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("calendar.name"));
        name.setId("calendar-day-name");
        name.setHelperText(getTranslation("calendar.name.helper"));
        name.setMaxLength(64);
        if (editing != null) {
            date.setValue(editing.date());
            kind.setValue(editing.kind());
            name.setValue(editing.name() == null ? "" : editing.name());
        } else {
            kind.setValue(DayKind.HOLIDAY);
        }
        Button ok = new Button(getTranslation("action.save"), e -> confirm());
        ok.setId("calendar-day-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
        add(new FormLayout(date, kind, name));
    }

    void confirm() {
        date.setInvalid(false);
        kind.setInvalid(false);
        if (date.getValue() == null) {
            invalid(date, getTranslation("calendar.day.dateRequired"));
            return;
        }
        if (date.getValue().getYear() != year) {
            invalid(date, getTranslation("calendar.day.wrongYear", Formats.date(date.getValue()), String.valueOf(year)));
            return;
        }
        if (kind.getValue() == null) {
            kind.setErrorMessage(getTranslation("calendar.day.kindRequired"));
            kind.setInvalid(true);
            return;
        }
        if (listedElsewhere.test(date.getValue())) {
            invalid(date, getTranslation("calendar.day.duplicate", Formats.date(date.getValue())));
            return;
        }
        String text = name.getValue() == null || name.getValue().isBlank() ? null : name.getValue().trim();
        close();
        onDone.accept(new CalendarEntry(date.getValue(), kind.getValue(), text));
    }

    private static void invalid(DatePicker field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
