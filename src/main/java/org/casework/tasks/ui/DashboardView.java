package org.casework.tasks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.casework.base.ui.Formats;
import org.casework.security.CurrentUser;
import org.casework.tasks.TaskInboxService;
import org.casework.tasks.TaskInboxService.DueState;
import org.casework.tasks.TaskInboxService.TaskItem;

/**
 * 工作台: the signed-in user's open tasks with their due dates; amber when close, red when overdue. A click
 * opens the screen where the task is worked (its feature tells which).
 */
@Route("")
@PageTitle("工作台 · casework")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(TaskInboxService inbox, CurrentUser current) {
        addClassName("view-content");
        setSizeFull();
        var me = current.get();
        add(new H2(getTranslation("dashboard.title")));
        add(new Paragraph(getTranslation("dashboard.greeting", me.displayName(), me.orgName())));

        List<TaskItem> tasks = inbox.myOpenTasks();
        if (tasks.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("dashboard.empty"));
            empty.addClassName("empty-state");
            empty.setId("dashboard-empty");
            add(empty);
            return;
        }
        Grid<TaskItem> grid = new Grid<>(TaskItem.class, false);
        grid.setId("dashboard-tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TaskItem::name).setHeader(getTranslation("task.name")).setAutoWidth(true);
        grid.addColumn(TaskItem::processName).setHeader(getTranslation("task.process")).setAutoWidth(true);
        grid.addColumn(TaskItem::businessKey).setHeader(getTranslation("task.caseNo")).setAutoWidth(true);
        grid.addComponentColumn(this::dueBadge).setHeader(getTranslation("task.due")).setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("task.unclaimed") : t.assignee())
                .setHeader(getTranslation("task.assignee"));
        grid.setItems(tasks);
        grid.addItemClickListener(e -> inbox.formRoute(e.getItem()).ifPresent(route -> getUI().ifPresent(ui -> ui.navigate(route))));
        grid.setSizeFull();
        add(grid);
    }

    private Span dueBadge(TaskItem t) {
        Span span = new Span(t.due() == null ? "" : Formats.date(t.due()));
        if (t.dueState() == DueState.RED) {
            span.setText(span.getText() + " " + getTranslation("task.overdue"));
            span.addClassName("due-red");
        } else if (t.dueState() == DueState.AMBER) {
            span.setText(span.getText() + " " + getTranslation("task.dueSoon"));
            span.addClassName("due-amber");
        }
        return span;
    }
}
