package org.casework.mediation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.casework.base.ui.Formats;
import org.casework.mediation.DisputeCase;

/** The mediators of a dispute (recusals kept) and its recorded sessions. */
class SessionsPanel extends VerticalLayout {

    SessionsPanel(DisputeCase file) {
        setPadding(false);
        Grid<DisputeCase.Mediator> mediators = new Grid<>();
        mediators.setId("dispute-mediators");
        mediators.addThemeVariants(GridVariant.LUMO_COMPACT);
        mediators.addColumn(DisputeCase.Mediator::name).setHeader(getTranslation("dispute.mediator.name"));
        mediators.addColumn(m -> Formats.date(m.assignedDate())).setHeader(getTranslation("dispute.mediator.assigned"));
        mediators.addColumn(m -> m.active() ? "" : Formats.date(m.recusedDate()) + " " + m.recusalReason())
                .setHeader(getTranslation("dispute.mediator.recused"));
        mediators.setItems(file.mediators());
        mediators.setAllRowsVisible(true);
        Grid<DisputeCase.Session> sessions = new Grid<>();
        sessions.setId("dispute-sessions");
        sessions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessions.addColumn(DisputeCase.Session::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        sessions.addColumn(s -> Formats.dateTime(s.heldAt())).setHeader(getTranslation("dispute.field.heldAt")).setAutoWidth(true);
        sessions.addColumn(DisputeCase.Session::place).setHeader(getTranslation("dispute.field.place")).setAutoWidth(true);
        sessions.addColumn(DisputeCase.Session::result).setHeader(getTranslation("dispute.field.result")).setFlexGrow(1);
        sessions.addColumn(s -> s.next().label()).setHeader(getTranslation("dispute.field.next")).setAutoWidth(true);
        sessions.addColumn(s -> s.riskFound() ? getTranslation("dispute.session.risk") : "").setHeader(getTranslation("dispute.field.risk"));
        sessions.setItems(file.sessions());
        sessions.setAllRowsVisible(true);
        add(new H3(getTranslation("dispute.mediators.title")), mediators, new H3(getTranslation("dispute.sessions.title")), sessions);
    }
}
