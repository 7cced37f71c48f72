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
import java.time.Clock;
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

/** 信访投诉: petitions and complaints of the user's organisations by channel, paged and filtered. */
@Route("petitions")
@PageTitle("信访投诉 · casework")
@Menu(title = "nav.petitions", order = 60, icon = "vaadin:envelopes")
@RolesAllowed({Role.PETITION_CLERK_, Role.LEADER_, Role.ADMIN_})
public class PetitionListView extends VerticalLayout {

    private final PetitionService service;
    private final ComboBox<OrgRef> org = new ComboBox<>("承办单位");
    private final ComboBox<Integer> year;
    private final ComboBox<ChannelRef> channel = new ComboBox<>("渠道");
    private final ComboBox<PetitionStatus> status = new ComboBox<>("状态");
    private final TextField text = new TextField("编号、信访人或事项");
    private final Grid<PetitionDetail> grid = new Grid<>();

    public PetitionListView(PetitionService service, PetitionChannelService channels, Clock clock) {
        this.service = service;
        this.year = FormSupport.yearPicker("登记年度", clock);
        addClassName("view-content");
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
            Button create = new Button("登记信访投诉", e -> open("new"));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create");
            filters.add(create);
        }
        grid.setId("petitions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PetitionDetail::petitionNo).setHeader("编号").setAutoWidth(true);
        grid.addColumn(PetitionDetail::channelName).setHeader("渠道").setAutoWidth(true);
        grid.addColumn(PetitionDetail::orgName).setHeader("承办单位").setAutoWidth(true);
        grid.addColumn(PetitionDetail::petitionerName).setHeader("信访人");
        grid.addColumn(PetitionDetail::subject).setHeader("事项摘要").setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.registeredDate())).setHeader("登记日期").setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.dueDate())).setHeader("办理期限").setAutoWidth(true);
        grid.addColumn(p -> p.status().label()).setHeader("状态");
        grid.addItemClickListener(e -> open(String.valueOf(e.getItem().id())));
        grid.setItems(q -> service.search(filter(), q.getOffset(), q.getLimit()).stream(), q -> (int) service.count(filter()));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.petitions")), filters, grid);
    }

    private PetitionFilter filter() {
        return new PetitionFilter(org.getValue() == null ? null : org.getValue().id(), year.getValue(),
                channel.getValue() == null ? null : channel.getValue().code(), status.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(String id) {
        getUI().ifPresent(ui -> ui.navigate(PetitionFormView.class, new RouteParameters("id", id)));
    }
}
