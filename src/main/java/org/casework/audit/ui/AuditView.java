package org.casework.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.casework.audit.AuditService;
import org.casework.audit.AuditService.AuditEntry;
import org.casework.base.ui.Formats;

/**
 * 审计日志: every recorded event, newest first, searchable and paged lazily (the log grows without
 * bound). Times are shown in Asia/Shanghai the Chinese way.
 */
@Route("admin/audit")
@PageTitle("审计日志 · casework")
@Menu(title = "nav.audit", order = 920, icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN") // Role.ADMIN_; written out because security depends on audit, not the other way round
public class AuditView extends VerticalLayout {

    /** Chinese names of the record types the log names by their entity class. */
    static final Map<String, String> ENTITY_LABELS = Map.of(
            "OrgUnit", "机构",
            "AppUser", "用户",
            "CalendarYear", "工作日历");

    private final transient AuditService audit;
    final TextField search = new TextField();
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    private final Span count = new Span();
    private final CallbackDataProvider<AuditEntry, Void> data;

    public AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("view-content");
        setSizeFull();
        data = new CallbackDataProvider<>(
                q -> audit.latest(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> audit.count(search.getValue()),
                AuditEntry::id);
        configureGrid();
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), toolbar(), grid, count);
        refresh();
    }

    private HorizontalLayout toolbar() {
        search.setPlaceholder(getTranslation("audit.search"));
        search.setId("audit-search");
        search.setWidth("24em");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        Button reload = new Button(getTranslation("action.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("audit-refresh");
        HorizontalLayout bar = new HorizontalLayout(search, reload);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setKey("time").setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setKey("user").setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setKey("action").setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> entityLabel(e.entityType())).setKey("entityType").setHeader(getTranslation("audit.entityType")).setAutoWidth(true);
        grid.addColumn(AuditEntry::entityId).setKey("entityId").setHeader(getTranslation("audit.entityId")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setKey("detail").setHeader(getTranslation("audit.detail")).setFlexGrow(4)
                .setTooltipGenerator(AuditEntry::detail);
        grid.addColumn(AuditEntry::remoteAddr).setKey("remoteAddr").setHeader(getTranslation("audit.remoteAddr")).setAutoWidth(true);
        grid.setItems(data);
        grid.setSizeFull();
    }

    static String entityLabel(String entityType) {
        return entityType == null ? "" : ENTITY_LABELS.getOrDefault(entityType, entityType);
    }

    void refresh() {
        data.refreshAll();
        count.setText(getTranslation("audit.count", String.valueOf(audit.count(search.getValue()))));
    }
}
