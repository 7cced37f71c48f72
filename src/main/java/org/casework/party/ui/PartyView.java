package org.casework.party.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.casework.base.AccessDeniedException;
import org.casework.base.NotFoundException;
import org.casework.base.ui.Formats;
import org.casework.party.PartyOverview;
import org.casework.party.PartyRecord;
import org.casework.party.PartyRef;
import org.casework.party.PartyService;
import org.casework.security.Role;

/**
 * 当事人主页: everything about one party the user may see — penalty cases, disputes, petitions — each linking to
 * its own screen. Records of other organisations or kinds the user may not read are left out.
 */
@Route("parties/:id")
@PageTitle("当事人 · casework")
// every role that reads records of some kind; each record kind then shows only what the user may read
@RolesAllowed({Role.OFFICER_, Role.LEGAL_REVIEWER_, Role.HEAD_, Role.MEDIATOR_, Role.PETITION_CLERK_, Role.LEADER_, Role.ADMIN_})
public class PartyView extends VerticalLayout implements BeforeEnterObserver {

    private final PartyService parties;

    public PartyView(PartyService parties) {
        this.parties = parties;
        addClassName("view-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            show(parties.overview(Long.parseLong(id)));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            add(new H2(getTranslation("party.list.title")),
                    new Paragraph(e instanceof AccessDeniedException ? e.getMessage() : getTranslation("party.notFound", id)));
        }
        add(new Button(getTranslation("party.view.back"), e -> getUI().ifPresent(ui -> ui.navigate(PartyListView.class))));
    }

    private void show(PartyOverview overview) {
        PartyRef p = overview.party();
        Div facts = new Div();
        facts.addClassName("case-summary");
        facts.setId("party-facts");
        facts.add(new Span(getTranslation("party.field.kind") + "：" + p.kind().label()));
        if (p.idNumber() != null) {
            facts.add(new Span(getTranslation("party.field.idNumber") + "：" + p.idNumber()));
        }
        if (p.phone() != null) {
            facts.add(new Span(getTranslation("party.view.phone") + "：" + p.phone()));
        }
        if (p.address() != null) {
            facts.add(new Span(getTranslation("party.view.address") + "：" + p.address()));
        }
        if (overview.repeat()) {
            Span repeat = new Span(getTranslation("party.repeat"));
            repeat.getElement().getThemeList().add("badge contrast");
            facts.add(repeat);
        }
        Grid<PartyRecord> records = new Grid<>();
        records.setId("party-records");
        records.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        records.addColumn(PartyRecord::kind).setHeader(getTranslation("party.view.kind")).setAutoWidth(true);
        records.addComponentColumn(this::link).setHeader(getTranslation("party.view.number")).setAutoWidth(true);
        records.addColumn(PartyRecord::summary).setHeader(getTranslation("party.view.summary")).setFlexGrow(2);
        records.addColumn(r -> Formats.date(r.date())).setHeader(getTranslation("party.view.date")).setAutoWidth(true);
        records.addColumn(PartyRecord::status).setHeader(getTranslation("party.view.status")).setAutoWidth(true);
        records.addColumn(PartyRecord::orgName).setHeader(getTranslation("party.view.org")).setAutoWidth(true);
        records.setItems(overview.records());
        records.setAllRowsVisible(true);
        add(new H2(getTranslation("party.view.title", p.name())), facts,
                new H3(getTranslation("party.view.records", overview.records().size())), records);
    }

    private Anchor link(PartyRecord r) {
        Anchor a = new Anchor(r.route(), r.number());
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
