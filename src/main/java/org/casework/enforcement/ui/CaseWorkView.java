package org.casework.enforcement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.base.AccessDeniedException;
import org.casework.base.NotFoundException;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.ui.DocumentsPanel;
import org.casework.enforcement.CaseWork;
import org.casework.enforcement.CaseWork.OpenStep;
import org.casework.enforcement.Deadline;
import org.casework.enforcement.DecisionClock;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.TimelineEntry;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;
import org.casework.tasks.TaskForms;
import org.casework.tasks.TaskInboxService;

/**
 * 案件办理 ("enforcement/work/{id}"): a case worked through the workflow — its facts, the 90-day clock
 * (due date, days left, paused days, extensions with who approved them), every period with its legal
 * source, the open steps with the form of each step the user may work (claim, complete, return to an
 * earlier step with a reason), the timeline and the numbered documents. The inbox opens tasks here.
 * Every action goes through {@link EnforcementWorkflowService}, which checks role, org scope and the gates.
 */
@Route("enforcement/work/:caseId")
@PageTitle("案件办理 · casework")
@RolesAllowed({Role.OFFICER_, Role.LEGAL_REVIEWER_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class CaseWorkView extends VerticalLayout implements BeforeEnterObserver {

    private final EnforcementWorkflowService workflow;
    private final TaskInboxService inbox;
    private final DocumentService documents;
    private final StepForms forms;
    private final CaseActions actions;
    private final OfficerService officers;
    private final CurrentUser current;
    private final H2 title = new H2("案件办理");
    private final Paragraph refusal = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    private long caseId;

    public CaseWorkView(EnforcementWorkflowService workflow, TaskInboxService inbox, DocumentService documents,
                        OfficerService officers, CurrentUser current, Clock clock) {
        this.workflow = workflow;
        this.inbox = inbox;
        this.documents = documents;
        this.officers = officers;
        this.current = current;
        this.forms = new StepForms(workflow, officers, clock, this::reload);
        this.actions = new CaseActions(workflow, clock, this::reload);
        addClassName("view-content");
        content.setPadding(false);
        refusal.setVisible(false);
        refusal.setId("work-refusal");
        add(title, refusal, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("caseId").orElse("");
        try {
            caseId = Long.parseLong(id);
            if (!workflow.isWorkflowCase(caseId)) {
                event.forwardTo("enforcement/cases/" + caseId);
                return;
            }
            reload();
        } catch (NumberFormatException | NotFoundException e) {
            refuse("案件不存在：" + id);
        } catch (AccessDeniedException e) {
            refuse(e.getMessage());
        }
    }

    void reload() {
        show(workflow.work(caseId));
    }

    private void show(CaseWork work) {
        refusal.setVisible(false);
        content.setVisible(true);
        content.removeAll();
        var record = work.record();
        title.setText("案件办理 " + record.form().caseNo());
        Div facts = new Div(fact("状态", record.status().label()), fact("程序", record.form().procedure().label()),
                fact("当事人", record.form().partyName()), fact("案由", record.form().cause()),
                fact("立案日期", Formats.date(record.form().filedDate())), fact("决定日期", Formats.date(record.form().decisionDate())));
        facts.addClassName("case-summary");
        Button record2 = new Button("案件登记信息", e -> getUI().ifPresent(ui -> ui.navigate("enforcement/cases/" + caseId)));
        record2.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(new HorizontalLayout(facts, record2));
        if (work.clock() != null) {
            content.add(clock(work.clock()));
        }
        content.add(new H3("当前步骤"));
        if (work.steps().isEmpty()) {
            content.add(new Paragraph(work.processRunning() ? "当前没有待办步骤（等待期限届满或其他流程）" : "流程已结束"));
        }
        for (OpenStep step : work.steps()) {
            content.add(step(step, work));
        }
        Map<Long, OfficerRef> names = officerNames(work);
        List<Component> more = actions.sections(work, current.get(), names);
        if (!more.isEmpty()) {
            content.add(new H3("其他办理事项"));
            more.forEach(content::add);
        }
        content.add(CaseRegisters.of(work, names));
        content.add(new H3("期限"), deadlines(work), new H3("办理记录"), timeline(work));
        content.add(new DocumentsPanel(documents, CaseKind.PENALTY_CASE, caseId));
    }

    /** The officers the page names: those on duty, and those of the case or its recusals even when no longer on duty. */
    private Map<Long, OfficerRef> officerNames(CaseWork work) {
        List<OfficerRef> known = new ArrayList<>(officers.onDuty(work.record().form().orgId()));
        Set<Long> named = new HashSet<>();
        work.record().form().officers().forEach(o -> named.add(o.officerId()));
        work.recusals().forEach(r -> {
            named.add(r.officerId());
            if (r.replacementId() != null) {
                named.add(r.replacementId());
            }
        });
        known.forEach(o -> named.remove(o.id()));
        if (!named.isEmpty()) {
            known.addAll(officers.byIds(named));
        }
        return CaseRegisters.byId(known);
    }

    private Component clock(DecisionClock c) {
        Div box = new Div();
        box.setId("decision-clock");
        box.addClassName("case-summary");
        box.add(fact("办案期限（《行政处罚法》第六十条）", Formats.date(c.dueDate())),
                fact(c.decidedOn() != null ? "已决定" : "剩余天数", c.decidedOn() != null ? Formats.date(c.decidedOn()) : c.daysLeft() + " 天"),
                fact("状态", c.state() == null ? "" : c.state().label()),
                fact("中止计算", c.pausedDays() + " 天" + (c.paused() ? "（中止中）" : "")),
                fact("延长", c.extensions().isEmpty() ? "无" : c.extensions().stream()
                        .map(x -> x.days() + "日（" + x.via().label() + "，" + (x.approverName() == null ? x.approvedBy() : x.approverName())
                                + "，" + Formats.date(x.approvedOn()) + "）").collect(Collectors.joining("；"))));
        c.warnings().forEach(w -> box.add(new Paragraph(w)));
        return box;
    }

    private Component step(OpenStep step, CaseWork work) {
        VerticalLayout box = new VerticalLayout();
        box.addClassName("work-step");
        box.setId("step-" + step.task().definitionKey());
        String due = step.task().due() == null ? "" : "，期限 " + Formats.date(step.task().due())
                + switch (step.task().dueState()) {
                    case RED -> "（已逾期）";
                    case AMBER -> "（即将到期）";
                    default -> "";
                };
        box.add(new H4(step.task().name()), new Span((step.task().assignee() == null ? "待签收" : "办理人：" + step.task().assignee()) + due));
        if (!step.mayWork()) {
            box.add(new Span("此步骤由相应岗位的人员办理"));
            return box;
        }
        if (step.task().assignee() == null) {
            Button claim = new Button("签收", e -> {
                inbox.claim(step.task().id());
                Notifier.success("已签收");
                reload();
            });
            claim.setId("claim-" + step.task().definitionKey());
            box.add(claim);
        }
        Component form = forms.formFor(step, work);
        if (form != null) {
            box.add(form);
        } else {
            box.add(new Span("此步骤在“当场处罚”页面办理"));
        }
        if (!step.returnTargets().isEmpty()) {
            box.add(returnForm(step));
        }
        return box;
    }

    private Component returnForm(OpenStep step) {
        ComboBox<TaskForms.ReturnTarget> target = new ComboBox<>("退回至");
        target.setItems(step.returnTargets());
        target.setItemLabelGenerator(TaskForms.ReturnTarget::name);
        target.setValue(step.returnTargets().get(0));
        TextField reason = new TextField("退回理由");
        Button back = new Button("退回", e -> {
            inbox.returnTo(step.task().id(), target.getValue() == null ? null : target.getValue().activityId(), reason.getValue());
            Notifier.success("已退回至“" + target.getValue().name() + "”");
            reload();
        });
        back.setId("return-" + step.task().definitionKey());
        back.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(target, reason, back);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Component deadlines(CaseWork work) {
        Grid<Deadline> grid = new Grid<>();
        grid.setId("case-deadlines");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Deadline::label).setHeader("期限").setAutoWidth(true);
        grid.addColumn(d -> d.rule().source()).setHeader("依据").setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.start())).setHeader("起算").setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.due())).setHeader("届满").setAutoWidth(true);
        grid.addColumn(d -> d.metOn() != null ? "已于 " + Formats.date(d.metOn()) + " 完成"
                : (d.state() == null ? "" : d.state().label()) + (d.daysLeft() == null ? "" : "（剩余 " + d.daysLeft() + " 天）"))
                .setHeader("状态").setAutoWidth(true);
        grid.setItems(work.deadlines());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component timeline(CaseWork work) {
        Grid<TimelineEntry> grid = new Grid<>();
        grid.setId("case-timeline");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(t -> Formats.dateTime(t.occurredAt())).setHeader("时间").setAutoWidth(true);
        grid.addColumn(TimelineEntry::step).setHeader("步骤").setAutoWidth(true);
        grid.addColumn(TimelineEntry::action).setHeader("办理").setAutoWidth(true);
        grid.addColumn(TimelineEntry::detail).setHeader("内容").setFlexGrow(1);
        grid.addColumn(t -> t.actorName() == null ? t.actor() : t.actorName()).setHeader("办理人").setAutoWidth(true);
        grid.setItems(work.timeline());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void refuse(String message) {
        title.setText("案件办理");
        content.setVisible(false);
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private static Span fact(String label, String value) {
        Span span = new Span(label + "：" + (value == null || value.isEmpty() ? "—" : value));
        span.addClassName("fact");
        return span;
    }
}
