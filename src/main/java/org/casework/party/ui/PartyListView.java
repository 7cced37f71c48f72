package org.casework.party.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casework.base.ui.FormSupport;
import org.casework.party.HotSpot;
import org.casework.party.PartyService;
import org.casework.party.PartySummary;
import org.casework.security.Role;

/**
 * 当事人: the parties with records in the user's scope across penalty cases, disputes and petitions, most
 * records first, with repeat parties marked, and the hot spots of the chosen year.
 */
@Route("parties")
@PageTitle("当事人 · casework")
@Menu(title = "nav.parties", order = 70, icon = "vaadin:users")
// every role that reads records of some kind; each record kind then shows only what the user may read
@RolesAllowed({Role.OFFICER_, Role.LEGAL_REVIEWER_, Role.HEAD_, Role.MEDIATOR_, Role.PETITION_CLERK_, Role.LEADER_, Role.ADMIN_})
public class PartyListView extends VerticalLayout {

    static final int HOT_SPOTS = 5;

    private final PartyService parties;
    private final TextField text = new TextField();
    private final ComboBox<Integer> year;
    private final Checkbox repeatOnly = new Checkbox();
    private final Grid<PartySummary> grid = new Grid<>();
    private final Div hotSpots = new Div();

    public PartyListView(PartyService parties, Clock clock) {
        this.parties = parties;
        this.year = FormSupport.yearPicker(getTranslation("party.list.year"), clock);
        addClassName("view-content");
        setSizeFull();
        text.setLabel(getTranslation("party.list.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        repeatOnly.setLabel(getTranslation("party.list.repeatOnly"));
        year.setValue(LocalDate.now(clock).getYear());
        text.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        repeatOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, year, repeatOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("parties");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> s.party().name()).setHeader(getTranslation("party.field.name")).setAutoWidth(true);
        grid.addColumn(s -> s.party().kind().label()).setHeader(getTranslation("party.field.kind")).setAutoWidth(true);
        grid.addColumn(s -> s.party().idNumber() == null ? "" : s.party().idNumber()).setHeader(getTranslation("party.field.idNumber"))
                .setAutoWidth(true);
        grid.addColumn(PartySummary::total).setHeader(getTranslation("party.field.total")).setAutoWidth(true);
        grid.addColumn(s -> s.byKind().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("，")))
                .setHeader(getTranslation("party.field.byKind")).setAutoWidth(true);
        grid.addComponentColumn(this::repeatMark).setHeader("").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PartyView.class,
                new RouteParameters("id", String.valueOf(e.getItem().party().id())))));
        grid.setItems(q -> parties.directory(text.getValue(), from(), to(), repeatOnly.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) parties.directoryCount(text.getValue(), from(), to(), repeatOnly.getValue()));
        grid.setSizeFull();
        hotSpots.setId("hot-spots");
        add(new H2(getTranslation("party.list.title")), new Paragraph(getTranslation("party.list.intro")), filters,
                new H3(getTranslation("party.hotspots")), hotSpots, grid);
        showHotSpots();
    }

    private LocalDate from() {
        return year.getValue() == null ? null : LocalDate.of(year.getValue(), 1, 1);
    }

    private LocalDate to() {
        return year.getValue() == null ? null : LocalDate.of(year.getValue(), 12, 31);
    }

    private Component repeatMark(PartySummary s) {
        Span mark = new Span(s.repeat() ? getTranslation("party.repeat") : "");
        if (s.repeat()) {
            mark.getElement().getThemeList().add("badge contrast");
        }
        return mark;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showHotSpots();
    }

    /** One line per dimension: 当事人 …，案由 …，纠纷类别 …，信访渠道 …. */
    private void showHotSpots() {
        hotSpots.removeAll();
        List<HotSpot> spots = parties.hotSpots(from(), to(), HOT_SPOTS);
        if (spots.isEmpty()) {
            hotSpots.add(new Span(getTranslation("party.hotspots.none")));
            return;
        }
        Map<String, List<HotSpot>> byDimension = new LinkedHashMap<>();
        spots.forEach(h -> byDimension.computeIfAbsent(h.dimension(), d -> new java.util.ArrayList<>()).add(h));
        byDimension.forEach((dimension, list) -> {
            Div line = new Div(new Span(dimension + "："), new Span(list.stream().map(h -> h.value() + "（" + h.count() + "）")
                    .collect(Collectors.joining("，"))));
            line.addClassName("hot-spot");
            hotSpots.add(line);
        });
    }
}
