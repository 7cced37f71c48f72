package org.casework.petitions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
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
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casework.party.HotSpot;
import org.casework.party.PartyService;
import org.casework.petitions.PetitionClock;
import org.casework.petitions.PetitionWorkflowService;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.org.OrgRef;
import org.casework.petitions.ChannelRef;
import org.casework.petitions.PetitionChannelService;
import org.casework.petitions.PetitionDetail;
import org.casework.petitions.PetitionFilter;
import org.casework.petitions.PetitionService;
import org.casework.petitions.PetitionStatus;
import org.casework.security.Role;

/**
 * 信访投诉: petitions and complaints of the user's organisations by channel, paged and filtered, with the step
 * each is at, its current deadline as a clock, backlog and repeat-petitioner marks, and this year's hot spots.
 */
@Route("petitions")
@PageTitle("信访投诉 · casework")
@Menu(title = "nav.petitions", order = 60, icon = "vaadin:envelopes")
@RolesAllowed({Role.PETITION_CLERK_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class PetitionListView extends VerticalLayout {

    private final PetitionService service;
    private final ComboBox<OrgRef> org = new ComboBox<>();
    private final ComboBox<Integer> year;
    private final ComboBox<ChannelRef> channel = new ComboBox<>();
    private final ComboBox<PetitionStatus> status = new ComboBox<>();
    private final TextField text = new TextField();
    private final Grid<PetitionDetail> grid = new Grid<>();
    private final PetitionWorkflowService workflow;
    private final PartyService parties;
    private final Map<Long, Long> recordCounts = new HashMap<>();

    public PetitionListView(PetitionService service, PetitionWorkflowService workflow, PartyService parties,
                            PetitionChannelService channels, Clock clock) {
        this.service = service;
        this.workflow = workflow;
        this.parties = parties;
        this.year = FormSupport.yearPicker(getTranslation("petition.list.year"), clock);
        addClassName("view-content");
        org.setLabel(getTranslation("petition.field.org"));
        channel.setLabel(getTranslation("petition.field.channel"));
        status.setLabel(getTranslation("petition.field.status"));
        text.setLabel(getTranslation("petition.list.search"));
        setSizeFull();
        org.setItems(service.orgChoices());
        org.setItemLabelGenerator(OrgRef::label);
        channel.setItems(channels.list(true));
        channel.setItemLabelGenerator(ChannelRef::label);
        status.setItems(PetitionStatus.values());
        status.setItemLabelGenerator(PetitionStatus::label);
        for (ComboBox<?> box : new ComboBox<?>[] {org, channel, status}) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> refresh());
        }
        year.addValueChangeListener(e -> refresh());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(org, year, channel, status, text);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        if (service.canEdit()) {
            Button create = new Button(getTranslation("petition.register.title"),
                    e -> getUI().ifPresent(ui -> ui.navigate(PetitionRegistrationView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create");
            Button enter = new Button(getTranslation("petition.list.enter"), e -> getUI().ifPresent(ui ->
                    ui.navigate(PetitionFormView.class, new RouteParameters("id", "new"))));
            enter.setId("enter-past");
            filters.add(create, enter);
        }
        grid.setId("petitions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PetitionDetail::petitionNo).setHeader(getTranslation("petition.field.no")).setAutoWidth(true);
        grid.addColumn(PetitionDetail::channelName).setHeader(getTranslation("petition.field.channel")).setAutoWidth(true);
        grid.addColumn(PetitionDetail::orgName).setHeader(getTranslation("petition.field.org")).setAutoWidth(true);
        grid.addColumn(PetitionDetail::petitionerName).setHeader(getTranslation("petition.field.petitioner"));
        grid.addColumn(PetitionDetail::subject).setHeader(getTranslation("petition.field.subject")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.registeredDate())).setHeader(getTranslation("petition.field.registered")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.dueDate())).setHeader(getTranslation("petition.field.due")).setAutoWidth(true);
        grid.addColumn(p -> p.progress().hasWorkflow() ? p.progress().stage().label() : p.status().label()
                + getTranslation("petition.list.noWorkflow")).setHeader(getTranslation("petition.list.stage")).setAutoWidth(true);
        grid.addComponentColumn(this::clock).setHeader(getTranslation("petition.list.clock")).setAutoWidth(true);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("petition.list.flags")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(String.valueOf(e.getItem().id())));
        grid.setItems(q -> page(q.getOffset(), q.getLimit()).stream(), q -> (int) service.count(filter()));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.petitions")), filters, hotSpots(clock), grid);
    }

    private PetitionFilter filter() {
        return new PetitionFilter(org.getValue() == null ? null : org.getValue().id(), year.getValue(),
                channel.getValue() == null ? null : channel.getValue().code(), status.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(PetitionView.class, new RouteParameters("id", id)));
    }

    /** A page of the list, with the record counts of its petitioners (for the repeat mark). */
    private List<PetitionDetail> page(int offset, int limit) {
        List<PetitionDetail> rows = service.search(filter(), offset, limit);
        recordCounts.putAll(parties.recordCounts(rows.stream().map(PetitionDetail::petitionerPartyId).filter(Objects::nonNull).toList()));
        return rows;
    }

    private Component clock(PetitionDetail p) {
        PetitionClock clock = workflow.currentClock(p);
        return clock == null ? new Span() : new ClockBadge(clock, true);
    }

    private Component flags(PetitionDetail p) {
        HorizontalLayout flags = new HorizontalLayout();
        flags.setSpacing(false);
        if (p.backlog()) {
            Span backlog = new Span(getTranslation("petition.list.backlog"));
            backlog.getElement().getThemeList().add("badge error");
            flags.add(backlog);
        }
        long records = p.petitionerPartyId() == null ? 0 : recordCounts.getOrDefault(p.petitionerPartyId(), 0L);
        if (records >= PartyService.REPEAT_RECORDS) {
            Span repeat = new Span(getTranslation("petition.list.repeat", records));
            repeat.getElement().getThemeList().add("badge contrast");
            flags.add(repeat);
        }
        return flags;
    }

    private Component hotSpots(Clock clock) {
        int year = LocalDate.now(clock).getYear();
        Div line = new Div();
        line.setId("petition-hotspots");
        line.addClassName("case-summary");
        List<HotSpot> spots = parties.hotSpots(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 3);
        if (!spots.isEmpty()) {
            line.add(new Span(getTranslation("petition.hotspots")));
            spots.forEach(h -> line.add(new Span(h.dimension() + " " + h.value() + "（" + h.count() + "）")));
        }
        return line;
    }
}
