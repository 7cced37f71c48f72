package org.casework.petitions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.casework.base.AccessDeniedException;
import org.casework.base.NotFoundException;
import org.casework.base.ui.Formats;
import org.casework.enforcement.CaseLink;
import org.casework.mediation.DisputeReferrals;
import org.casework.party.PartyRoutes;
import org.casework.petitions.PetitionConversions;
import org.casework.petitions.PetitionDetail;
import org.casework.petitions.PetitionProgress;
import org.casework.petitions.PetitionReview;
import org.casework.petitions.PetitionService;
import org.casework.petitions.PetitionStage;
import org.casework.petitions.PetitionTimelineEntry;
import org.casework.petitions.PetitionWorkflowService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;

/**
 * One petition as its clerks work it: the facts, the clocks, the form of the current step, the referral to
 * mediation or the hand-over as an enforcement lead (with the link to what it became, for those who may read
 * it), and the timeline.
 */
@Route("petitions/:id")
@PageTitle("信访事项 · casework")
@RolesAllowed({Role.PETITION_CLERK_, Role.LEADER_, Role.HEAD_, Role.ADMIN_})
public class PetitionView extends VerticalLayout implements BeforeEnterObserver {

    private final PetitionService petitions;
    private final PetitionWorkflowService workflow;
    private final PetitionConversions conversions;
    private final DisputeReferrals referrals;
    private final CurrentUser current;
    private final Clock clock;

    public PetitionView(PetitionService petitions, PetitionWorkflowService workflow, PetitionConversions conversions,
                        DisputeReferrals referrals, CurrentUser current, Clock clock) {
        this.petitions = petitions;
        this.workflow = workflow;
        this.conversions = conversions;
        this.referrals = referrals;
        this.current = current;
        this.clock = clock;
        addClassName("view-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            show(petitions.get(Long.parseLong(id)));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            removeAll();
            add(new H2(getTranslation("nav.petitions")),
                    new Paragraph(e instanceof AccessDeniedException ? e.getMessage() : getTranslation("petition.notFound", id)));
        }
    }

    private void show(PetitionDetail d) {
        removeAll();
        add(new H2(getTranslation("petition.view.title", d.petitionNo())), summary(d), clocks(d), step(d), conversions(d),
                details(d), new H3(getTranslation("petition.view.timeline")), timeline(d), buttons(d));
    }

    private Div summary(PetitionDetail d) {
        Div summary = new Div();
        summary.addClassName("case-summary");
        summary.setId("petition-summary");
        PetitionProgress g = d.progress();
        summary.add(fact("petition.field.channel", d.channelName()), fact("petition.field.org", d.orgName()));
        if (g.registrarOrgName() != null) {
            summary.add(fact("petition.view.registrar", g.registrarOrgName()));
        }
        Span petitioner = fact("petition.field.petitioner", d.petitionerName() == null ? "—" : d.petitionerName());
        if (d.petitionerPartyId() != null) {
            petitioner.add(new Span(" "), partyLink(d.petitionerPartyId()));
        }
        summary.add(petitioner, fact("petition.field.registered", Formats.date(d.registeredDate())),
                fact("petition.list.stage", g.hasWorkflow() ? g.stage().label() : d.status().label()));
        if (d.backlog()) {
            summary.add(badge(getTranslation("petition.list.backlog"), "due-red"));
        }
        if (d.resolved()) {
            summary.add(badge(getTranslation("petition.step.resolved"), null));
        }
        return summary;
    }

    private Anchor partyLink(long partyId) {
        Anchor link = new Anchor(PartyRoutes.of(partyId), getTranslation("petition.view.petitionerPage"));
        link.getElement().setAttribute("router-link", true);
        link.setId("petitioner-link");
        return link;
    }

    private Div clocks(PetitionDetail d) {
        Div clocks = new Div();
        clocks.setId("petition-clocks");
        workflow.clocks(d).forEach(c -> clocks.add(new Div(new ClockBadge(c, true))));
        return clocks;
    }

    private Component step(PetitionDetail d) {
        PetitionStage stage = d.progress().stage();
        if (stage == null) {
            return new Paragraph(getTranslation("petition.view.noWorkflow"));
        }
        if (stage == PetitionStage.FINISHED) {
            return new Paragraph(getTranslation("petition.view.finished"));
        }
        if (!workflow.mayAct(d)) {
            return new Paragraph(getTranslation("petition.view.waiting", stage.label()));
        }
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("petition.view.stage", stage.label())),
                new PetitionStepForm(workflow, d, LocalDate.now(clock), this::show));
        box.setPadding(false);
        return box;
    }

    private Component conversions(PetitionDetail d) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("petition-conversions");
        PetitionProgress g = d.progress();
        if (g.convertedDisputeId() != null) {
            box.add(new Paragraph(conversions.dispute(d).map(r -> getTranslation("petition.convert.dispute.linked", r.disputeNo(),
                    r.bodyName(), r.statusLabel())).orElse(getTranslation("petition.convert.dispute.linkedHidden"))));
        }
        if (g.convertedCaseId() != null) {
            conversions.lead(d).ifPresent(l -> box.add(leadLink(l)));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (conversions.mayConvert(d) && g.convertedDisputeId() == null) {
            Button toDispute = new Button(getTranslation("petition.convert.toDispute"),
                    e -> new DisputeReferralDialog(conversions, referrals, d, LocalDate.now(clock), this::show).open());
            toDispute.setId("convert-dispute");
            buttons.add(toDispute);
        }
        if (conversions.mayConvert(d) && g.convertedCaseId() == null) {
            Button toLead = new Button(getTranslation("petition.convert.toLead"),
                    e -> new LeadConversionDialog(conversions, d, current.get().orgId(), this::show).open());
            toLead.setId("convert-lead");
            buttons.add(toLead);
        }
        if (buttons.getComponentCount() > 0) {
            box.add(buttons);
        }
        if (box.getComponentCount() > 0) {
            box.addComponentAsFirst(new H3(getTranslation("petition.convert.title")));
        }
        return box;
    }

    /** The lead's number for everyone who sees the petition; its status and a link to its work page for its readers. */
    private Component leadLink(CaseLink l) {
        Div line = new Div();
        line.setId("petition-lead");
        if (!l.readable()) {
            line.add(new Span(getTranslation("petition.convert.lead.linkedNoAccess", l.caseNo(), l.orgName())));
            return line;
        }
        Anchor open = new Anchor(l.route(), getTranslation("petition.convert.lead.open"));
        open.getElement().setAttribute("router-link", true);
        open.setId("lead-link");
        line.add(new Span(getTranslation("petition.convert.lead.linked", l.caseNo(), l.orgName(), l.statusLabel()) + " "), open);
        return line;
    }

    private Component details(PetitionDetail d) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("petition.view.details")));
        box.setPadding(false);
        text(box, "petition.field.subject", d.subject());
        text(box, "petition.field.content", d.content());
        text(box, "petition.view.extensionReason", d.progress().extensionReason());
        text(box, "petition.view.reply", d.reply());
        review(box, "petition.view.review", d.progress().review());
        review(box, "petition.view.reexamination", d.progress().reexamination());
        return box;
    }

    private void review(VerticalLayout box, String key, PetitionReview r) {
        if (r.opinion() != null) {
            box.add(new Paragraph(getTranslation(key, r.orgName()) + "：" + r.opinion()));
        }
    }

    private void text(VerticalLayout box, String key, String value) {
        if (value != null && !value.isBlank()) {
            box.add(new Paragraph(getTranslation(key) + "：" + value));
        }
    }

    private Grid<PetitionTimelineEntry> timeline(PetitionDetail d) {
        Grid<PetitionTimelineEntry> grid = new Grid<>();
        grid.setId("petition-timeline");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Formats.date(e.date())).setHeader(getTranslation("petition.view.timeline.date")).setAutoWidth(true);
        grid.addColumn(e -> e.kind().label()).setHeader(getTranslation("petition.view.timeline.event")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("petition.view.timeline.detail"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.actor() == null ? getTranslation("petition.view.timeline.system") : e.actor())
                .setHeader(getTranslation("petition.view.timeline.actor")).setAutoWidth(true);
        grid.setItems(workflow.timeline(d.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout buttons(PetitionDetail d) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (petitions.canEdit()) {
            Button edit = new Button(getTranslation("petition.view.edit"), e -> getUI().ifPresent(ui ->
                    ui.navigate(PetitionFormView.class, new RouteParameters("id", String.valueOf(d.id())))));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setId("edit");
            buttons.add(edit);
        }
        buttons.add(new Button(getTranslation("petition.view.back"), e -> getUI().ifPresent(ui -> ui.navigate(PetitionListView.class))));
        return buttons;
    }

    private Span fact(String key, String value) {
        return new Span(getTranslation(key) + "：" + (value == null ? "" : value));
    }

    private static Span badge(String text, String className) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge");
        if (className != null) {
            span.addClassName(className);
        }
        return span;
    }
}
