package org.casework.enforcement.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.casework.base.ui.Formats;
import org.casework.enforcement.process.CriminalTransferProcedure;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.enforcement.process.PublicationWithdrawal;
import org.casework.enforcement.process.SimplePenaltyProcedure;
import org.casework.security.Role;
import org.casework.tasks.TaskInboxService;
import org.casework.tasks.TaskInboxService.TaskItem;

/**
 * 审核审批: the queue of legal reviewers and heads — every open enforcement step offered to their post at
 * their organisation (法制审核, 案件审核, 立案审批, 处理意见审批, 集体讨论, 决定, 回避, 移送, 结案审批 …),
 * unclaimed or claimed by a colleague, most urgent first, filtered by step. A row opens the case's work page.
 */
@Route("enforcement/queue")
@PageTitle("审核审批 · casework")
@Menu(title = "nav.enforcementQueue", order = 21, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.LEGAL_REVIEWER_, Role.HEAD_})
public class ReviewQueueView extends VerticalLayout {

    static final List<String> PROCESSES = List.of(GeneralPenaltyProcedure.KEY, SimplePenaltyProcedure.KEY,
            CriminalTransferProcedure.KEY, PublicationWithdrawal.KEY);

    private final TaskInboxService inbox;
    private final ComboBox<String> step = new ComboBox<>("步骤");
    private final Span total = new Span();
    private final Grid<TaskItem> grid = new Grid<>();
    private List<TaskItem> queue = List.of();

    public ReviewQueueView(TaskInboxService inbox) {
        this.inbox = inbox;
        addClassName("view-content");
        setSizeFull();
        step.setClearButtonVisible(true);
        step.addValueChangeListener(e -> show());
        grid.setId("review-queue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(TaskItem::businessKey).setHeader("案号").setAutoWidth(true);
        grid.addColumn(TaskItem::name).setHeader("步骤").setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? "待签收" : t.assignee()).setHeader("办理人").setAutoWidth(true);
        grid.addColumn(t -> t.created() == null ? "" : Formats.dateTime(t.created().toInstant())).setHeader("收到时间").setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.due())).setHeader("期限").setAutoWidth(true);
        grid.addComponentColumn(ReviewQueueView::dueBadge).setHeader("提示").setAutoWidth(true);
        grid.addItemClickListener(e -> inbox.formRoute(e.getItem()).ifPresent(route -> getUI().ifPresent(ui -> ui.navigate(route))));
        HorizontalLayout filters = new HorizontalLayout(step, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("审核审批"), filters, grid);
        load();
    }

    private static Span dueBadge(TaskItem t) {
        Span badge = new Span(switch (t.dueState()) {
            case RED -> "已逾期";
            case AMBER -> "即将到期";
            default -> "";
        });
        if (t.dueState() == TaskInboxService.DueState.RED) {
            badge.addClassName("due-red");
        } else if (t.dueState() == TaskInboxService.DueState.AMBER) {
            badge.addClassName("due-amber");
        }
        return badge;
    }

    private void load() {
        queue = inbox.groupQueue(PROCESSES);
        step.setItems(queue.stream().map(TaskItem::name).filter(Objects::nonNull).distinct().sorted().toList());
        show();
    }

    private void show() {
        List<TaskItem> shown = step.getValue() == null ? queue : queue.stream().filter(t -> step.getValue().equals(t.name())).toList();
        grid.setItems(shown);
        long waiting = shown.stream().filter(t -> t.assignee() == null).count();
        total.setText("共 " + shown.size() + " 项，其中待签收 " + waiting + " 项");
    }
}
