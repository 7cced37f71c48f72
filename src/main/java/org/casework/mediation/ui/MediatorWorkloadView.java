package org.casework.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.casework.base.ui.Formats;
import org.casework.mediation.DisputeCaseService;
import org.casework.mediation.MediatorLoad;
import org.casework.org.OrgRef;
import org.casework.security.Role;

/** 调解员工作量: for the committee's head, each mediator on the roster with the disputes on hand and closed this year. */
@Route("mediation/workload")
@PageTitle("调解员工作量 · casework")
@Menu(title = "nav.mediatorWorkload", order = 51, icon = "vaadin:chart-grid")
@RolesAllowed({Role.HEAD_, Role.MEDIATOR_, Role.LEADER_, Role.ADMIN_})
public class MediatorWorkloadView extends VerticalLayout {

    private final DisputeCaseService cases;
    private final ComboBox<OrgRef> body = new ComboBox<>();
    private final Grid<MediatorLoad> grid = new Grid<>();

    public MediatorWorkloadView(DisputeCaseService cases) {
        this.cases = cases;
        addClassName("view-content");
        setSizeFull();
        body.setLabel(getTranslation("dispute.field.body"));
        body.setItems(cases.bodies());
        body.setItemLabelGenerator(OrgRef::label);
        body.setClearButtonVisible(true);
        body.addValueChangeListener(e -> refresh());
        Button roster = new Button(getTranslation("nav.mediators"), e -> getUI().ifPresent(ui -> ui.navigate("org/mediators")));
        HorizontalLayout bar = new HorizontalLayout(body, roster);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("workload");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(l -> l.mediator().name()).setHeader(getTranslation("dispute.mediator.name")).setAutoWidth(true);
        grid.addColumn(l -> l.mediator().bodyName()).setHeader(getTranslation("dispute.field.body")).setAutoWidth(true);
        grid.addColumn(l -> l.mediator().fullTime() ? "专职" : "兼职").setHeader(getTranslation("dispute.workload.fullTime"));
        grid.addColumn(l -> Formats.date(l.mediator().appointedDate())).setHeader(getTranslation("dispute.workload.appointed"));
        grid.addColumn(MediatorLoad::openDisputes).setHeader(getTranslation("dispute.workload.open"));
        grid.addColumn(MediatorLoad::closedThisYear).setHeader(getTranslation("dispute.workload.closed"));
        grid.setSizeFull();
        add(new H2(getTranslation("nav.mediatorWorkload")), new Paragraph(getTranslation("dispute.workload.hint")), bar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(cases.workload(body.getValue() == null ? null : body.getValue().id()));
    }
}
