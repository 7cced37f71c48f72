package org.casework.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.calendar.CalendarEntry;
import org.casework.calendar.CalendarService;
import org.casework.calendar.WorkCalendar;

/**
 * One year of the official calendar: pick the year (loaded years are marked), see its listed days,
 * add, change or remove rows on screen, then save the whole year at once (CalendarService.saveYear
 * checks it and replaces what was stored).
 */
class YearEditor extends VerticalLayout {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final String SOURCE = "工作日历页面维护";

    private final transient CalendarService calendars;
    private final transient WorkCalendar calendar;
    private final transient Runnable onSaved;
    final ComboBox<Integer> year = new ComboBox<>();
    final Paragraph status = new Paragraph();
    final Grid<CalendarEntry> grid = new Grid<>(CalendarEntry.class, false);
    final Button add = new Button();
    final Button edit = new Button();
    final Button remove = new Button();
    final Button save = new Button();
    final Button discard = new Button();
    final Span unsaved = new Span();
    final Paragraph error = new Paragraph();
    private final List<CalendarEntry> rows = new ArrayList<>();
    private int shownYear;
    private boolean dirty;
    private boolean switching;

    YearEditor(CalendarService calendars, WorkCalendar calendar, int initialYear, Runnable onSaved) {
        this.calendars = calendars;
        this.calendar = calendar;
        this.onSaved = onSaved;
        setPadding(false);
        configureYear(initialYear);
        configureGrid();
        configureButtons();
        error.setId("calendar-save-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout buttons = new HorizontalLayout(add, edit, remove, save, discard, unsaved);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        add(year, status, buttons, error, grid);
        load(initialYear);
    }

    private void configureYear(int initialYear) {
        year.setLabel(getTranslation("calendar.year"));
        year.setId("calendar-year");
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList());
        year.setItemLabelGenerator(this::yearLabel);
        year.setWidth("16em");
        year.setValue(Math.max(FIRST_YEAR, Math.min(LAST_YEAR, initialYear)));
        year.addValueChangeListener(e -> {
            if (switching) {
                return;
            }
            if (e.getValue() == null) {
                revertYear(e.getOldValue());
            } else if (e.getValue() != shownYear) {
                if (dirty) {
                    confirmDiscard(e.getValue(), e.getOldValue());
                } else {
                    load(e.getValue());
                }
            }
        });
    }

    private String yearLabel(Integer y) {
        return getTranslation(calendar.isYearLoaded(y) ? "calendar.year.loaded" : "calendar.year.notLoaded", String.valueOf(y));
    }

    private void configureGrid() {
        grid.setId("calendar-days");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.date(e.date())).setKey("date").setHeader(getTranslation("calendar.date")).setAutoWidth(true);
        grid.addColumn(e -> DayTexts.weekday(e.date())).setKey("weekday").setHeader(getTranslation("calendar.weekday")).setAutoWidth(true);
        grid.addColumn(e -> e.kind().label()).setKey("kind").setHeader(getTranslation("calendar.kind")).setAutoWidth(true);
        grid.addColumn(e -> e.name() == null ? "" : e.name()).setKey("name").setHeader(getTranslation("calendar.name")).setFlexGrow(1);
        grid.addSelectionListener(e -> updateButtons());
        grid.addItemDoubleClickListener(e -> openDay(e.getItem()));
        grid.setHeight("420px");
    }

    private void configureButtons() {
        add.setText(getTranslation("calendar.addDay"));
        add.setId("calendar-add");
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> openDay(null));
        edit.setText(getTranslation("calendar.editDay"));
        edit.setId("calendar-edit");
        edit.addClickListener(e -> selected().ifPresent(this::openDay));
        remove.setText(getTranslation("calendar.removeDay"));
        remove.setId("calendar-remove");
        remove.addClickListener(e -> selected().ifPresent(this::removeRow));
        save.setText(getTranslation("calendar.saveYear"));
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveYear());
        discard.setText(getTranslation("calendar.discard"));
        discard.setId("calendar-discard");
        discard.addClickListener(e -> load(shownYear));
        unsaved.setText(getTranslation("calendar.unsaved"));
        unsaved.addClassName("warning-text");
    }

    private java.util.Optional<CalendarEntry> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void openDay(CalendarEntry editing) {
        new CalendarDayDialog(shownYear, editing,
                d -> rows.stream().anyMatch(r -> r.date().equals(d) && r != editing),
                entry -> {
                    if (editing != null) {
                        rows.remove(editing);
                    }
                    rows.add(entry);
                    changed();
                    grid.select(entry);
                }).open();
    }

    private void removeRow(CalendarEntry entry) {
        rows.remove(entry);
        changed();
    }

    private void changed() {
        rows.sort(Comparator.comparing(CalendarEntry::date));
        dirty = true;
        error.setText("");
        showRows();
    }

    /** Shows the stored days of a year, dropping unsaved changes. */
    void load(int y) {
        shownYear = y;
        rows.clear();
        rows.addAll(calendars.daysOf(y));
        dirty = false;
        error.setText("");
        if (year.getValue() == null || year.getValue() != y) {
            switching = true;
            year.setValue(y);
            switching = false;
        }
        showRows();
    }

    void saveYear() {
        try {
            calendars.saveYear(shownYear, List.copyOf(rows), SOURCE);
            Notifier.success(getTranslation("calendar.saved", String.valueOf(shownYear), String.valueOf(rows.size())));
            load(shownYear);
            year.setItemLabelGenerator(this::yearLabel);
            onSaved.run();
        } catch (BusinessRuleException | AccessDeniedException e) {
            error.setText(e.getMessage());
            Notifier.error(e.getMessage());
        }
    }

    /** After a file import: reload the shown year if the file replaced it, and renew the year labels. */
    void yearsImported(List<Integer> years) {
        if (years.contains(shownYear)) {
            load(shownYear);
        } else {
            showRows();
        }
        year.setItemLabelGenerator(this::yearLabel);
    }

    private void showRows() {
        grid.setItems(new ArrayList<>(rows));
        boolean loaded = calendar.isYearLoaded(shownYear);
        status.setText(loaded
                ? getTranslation("calendar.year.status.loaded", String.valueOf(shownYear), String.valueOf(rows.size()))
                : getTranslation("calendar.year.status.notLoaded", String.valueOf(shownYear)));
        status.setClassName("warning-text", !loaded);
        unsaved.setVisible(dirty);
        discard.setEnabled(dirty);
        updateButtons();
    }

    private void updateButtons() {
        boolean one = selected().isPresent();
        edit.setEnabled(one);
        remove.setEnabled(one);
    }

    private void confirmDiscard(int wanted, Integer previous) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("calendar.discard.title"),
                getTranslation("calendar.discard.text", String.valueOf(shownYear)),
                getTranslation("calendar.discard.confirm"), e -> load(wanted));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.addCancelListener(e -> revertYear(previous));
        confirm.open();
    }

    private void revertYear(Integer previous) {
        switching = true;
        year.setValue(previous == null ? shownYear : previous);
        switching = false;
    }

    int shownYear() {
        return shownYear;
    }

    boolean hasUnsavedChanges() {
        return dirty;
    }
}
