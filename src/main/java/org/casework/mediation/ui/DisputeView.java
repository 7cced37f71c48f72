package org.casework.mediation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.ui.Notifier;
import org.casework.documents.ArchiveCover;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.ui.DocumentsPanel;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.DisputeCaseService;
import org.casework.mediation.MediationStep;
import org.casework.mediation.MediationWorkflowService;
import org.casework.mediation.ui.steps.ExtensionStep;
import org.casework.mediation.ui.steps.StepForms;
import org.casework.security.Role;

/**
 * One dispute worked through the mediation process: its record, clocks, the open step with its form,
 * the timeline, sessions and mediators, and the documents (DocumentsPanel). A dispute without the
 * process (e.g. imported) opens in the record form.
 */
@Route("mediation/disputes/:id")
@PageTitle("调解案件 · casework")
@RolesAllowed({Role.MEDIATOR_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class DisputeView extends VerticalLayout implements BeforeEnterObserver {

    private final DisputeCaseService cases;
    private final MediationWorkflowService workflow;
    private final DocumentService documents;
    private long disputeId;

    public DisputeView(DisputeCaseService cases, MediationWorkflowService workflow, DocumentService documents) {
        this.cases = cases;
        this.workflow = workflow;
        this.documents = documents;
        addClassName("view-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            disputeId = Long.parseLong(id);
            DisputeCase file = cases.caseOf(disputeId);
            if (file.procedure() == null) {
                event.forwardTo(DisputeFormView.class, new RouteParameters("id", id));
                return;
            }
            show(file);
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            removeAll();
            add(new H2(getTranslation("dispute.title")), new Paragraph(e instanceof AccessDeniedException ? e.getMessage()
                    : getTranslation("dispute.notFound", id)));
        }
    }

    private void reload() {
        show(cases.caseOf(disputeId));
    }

    private void show(DisputeCase file) {
        removeAll();
        Span status = new Span(file.dispute().status().label());
        status.addClassName("status-badge");
        status.setId("dispute-status");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("dispute.title") + " " + file.dispute().disputeNo()), status);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, new DisputeSummary(file), new ClockBadges(file.clocks()));
        add(steps(file));
        add(new H3(getTranslation("dispute.timeline.title")), new TimelinePanel(file.timeline()));
        if (!file.sessions().isEmpty() || !file.mediators().isEmpty()) {
            add(new SessionsPanel(file));
        }
        DocumentsPanel docs = new DocumentsPanel(documents, CaseKind.DISPUTE, disputeId);
        docs.setArchiveCover(() -> new ArchiveCover(file.dispute().disputeNo(), file.dispute().category() + "纠纷",
                file.dispute().partiesText(), file.dispute().acceptedDate(), file.dispute().closedDate(), null));
        docs.setVoidAllowed(cases.canReceive());
        add(docs);
    }

    /** The open steps: who holds them, claim / give back, and the form of the one the user may work. */
    private Component steps(DisputeCase file) {
        Div box = new Div();
        box.setId("open-steps");
        box.addClassName("open-steps");
        if (file.processEnded()) {
            box.add(new Paragraph(getTranslation("dispute.steps.ended")));
            return box;
        }
        for (DisputeCase.OpenStep step : file.openSteps()) {
            VerticalLayout one = new VerticalLayout();
            one.setPadding(false);
            HorizontalLayout head = new HorizontalLayout(new H4(getTranslation("dispute.steps.current", step.name())));
            head.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (step.due() != null) {
                head.add(new Span(getTranslation("dispute.steps.due", org.casework.base.ui.Formats.date(step.due()))));
            }
            head.add(new Span(step.assignee() == null ? getTranslation("task.unclaimed")
                    : getTranslation("dispute.steps.heldBy", step.assignee())));
            if (step.workable() && step.assignee() == null) {
                head.add(action("dispute.action.claim", () -> workflow.claim(disputeId, step.taskId())));
            } else if (step.mine()) {
                head.add(action("dispute.action.unclaim", () -> workflow.unclaim(disputeId, step.taskId())));
            }
            one.add(head);
            if (step.workable() && step.step() != null) {
                one.add(StepForms.of(step.step(), workflow, cases, file, this::reload));
            }
            box.add(one);
        }
        // an early extension is a mediator's act (a head may only assign), while the mediation runs
        boolean mediating = file.canWork(MediationStep.HOLD_SESSION) || file.canWork(MediationStep.REPORT_RISK)
                || file.canWork(MediationStep.ASSIGN_MEDIATORS);
        if (mediating && cases.canReceive()) {
            Button extend = new Button(getTranslation("dispute.action.extendEarly"), e -> extensionDialog(file));
            extend.setId("extend-early");
            box.add(extend);
        }
        return box;
    }

    private Button action(String key, Runnable command) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                command.run();
                reload();
            } catch (BusinessRuleException ex) {
                Notifier.error(ex.getMessage());
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void extensionDialog(DisputeCase file) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dispute.action.extendEarly"));
        dialog.add(new ExtensionStep(workflow, file, false, () -> {
            dialog.close();
            reload();
        }));
        dialog.getFooter().add(new Button(getTranslation("documents.action.cancel"), e -> dialog.close()));
        dialog.open();
    }
}
