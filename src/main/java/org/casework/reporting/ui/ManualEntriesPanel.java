package org.casework.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.reporting.ManualEntries;
import org.casework.reporting.ManualEntry;

/** The 填报 items of the year for the organisation: apart from the computed figures, each marked 填报. */
class ManualEntriesPanel extends Div {

    private final ManualEntries entries;
    private final int year;
    private final String orgCode;
    private final Grid<ManualEntry> grid = new Grid<>();

    ManualEntriesPanel(ManualEntries entries, int year, String orgCode, List<ManualEntry> items) {
        this.entries = entries;
        this.year = year;
        this.orgCode = orgCode;
        setId("manual-entries");
        addClassName("manual-entries");
        H3 title = new H3("填报事项");
        Span hint = new Span("无法由系统计算的叙述性事项，每年填报一次，不计入上列计算指标。");
        hint.addClassName("figure-hint");
        HorizontalLayout head = new HorizontalLayout(title, hint);
        head.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(head);

        grid.setId("entries-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(e -> badge()).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ManualEntry::item).setHeader("事项").setFlexGrow(2);
        grid.addColumn(e -> e.quantity() == null ? "" : e.quantity().stripTrailingZeros().toPlainString()).setHeader("数量").setAutoWidth(true);
        grid.addColumn(e -> e.unit() == null ? "" : e.unit()).setHeader("单位").setAutoWidth(true);
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader("说明").setFlexGrow(3);
        grid.addColumn(e -> e.enteredBy() + " " + Formats.dateTime(e.enteredAt().toInstant())).setHeader("填报").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(items);
        if (entries.canEdit()) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
            Button add = new Button("新增填报事项", e -> edit(null));
            add.setId("entry-add");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            head.add(add);
        }
        add(grid);
    }

    private Span badge() {
        Span s = new Span("填报");
        s.getElement().getThemeList().add("badge contrast small");
        return s;
    }

    private HorizontalLayout actions(ManualEntry e) {
        Button edit = new Button("修改", c -> edit(e));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button delete = new Button("删除", c -> {
            entries.delete(e.id());
            reload();
            Notifier.success("已删除填报事项：" + e.item());
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    private void edit(ManualEntry existing) {
        new ManualEntryDialog(year, orgCode, existing, form -> {
            entries.save(form);
            reload();
            Notifier.success("已保存填报事项：" + form.item());
        }).open();
    }

    private void reload() {
        grid.setItems(entries.list(year, orgCode));
    }

    Grid<ManualEntry> grid() {
        return grid;
    }
}
