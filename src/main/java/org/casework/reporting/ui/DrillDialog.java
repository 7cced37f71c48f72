package org.casework.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.casework.base.ui.Formats;
import org.casework.reporting.DrillRow;
import org.casework.reporting.DrillTotal;
import org.casework.reporting.FigureExports;
import org.casework.reporting.FigureService;
import org.casework.reporting.ReportScope;

/**
 * The records behind one figure (or one side of a rate): a lazily paged list; a record opens its own
 * screen; the whole list downloads as XLSX.
 */
class DrillDialog extends Dialog {

    private final Grid<DrillRow> grid = new Grid<>();
    private final DrillTotal total;

    DrillDialog(FigureService figures, FigureExports exports, ReportScope scope, String key, String side,
                Consumer<String> open) {
        String sideText = side == null ? "" : "numerator".equals(side) ? "（分子）" : "（分母）";
        setHeaderTitle(scope.year() + "年 " + figures.labelOf(key) + sideText);
        setWidth("min(1100px, 95vw)");
        setHeight("80vh");
        setResizable(true);
        setId("drill-dialog");
        total = figures.drillTotal(scope, key, side);

        Span summary = new Span("共 " + total.size() + " 条" + (total.amount() == null ? "" : "，合计 " + Formats.yuan(total.amount()))
                + "　" + scope.org().name() + (scope.subtree() ? "（含下级机构）" : "（本级）"));
        summary.setId("drill-summary");
        String fileName = scope.org().code() + "-" + scope.year() + "-" + key + "-明细.xlsx";
        Anchor download = new Anchor(event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            exports.writeRecords(scope, key, side, event.getOutputStream());
        }, "导出Excel");
        download.setId("drill-export");
        HorizontalLayout top = new HorizontalLayout(summary, download);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId("drill-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(DrillRow::number).setHeader("编号").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(DrillRow::title).setHeader("名称（当事人）").setFlexGrow(2);
        grid.addColumn(DrillRow::orgName).setHeader("机构").setFlexGrow(1);
        grid.addColumn(r -> Formats.date(r.date())).setHeader("计数日期").setAutoWidth(true);
        grid.addColumn(r -> r.amount() == null ? "" : Formats.yuan(r.amount())).setHeader("金额").setAutoWidth(true);
        grid.addColumn(DrillRow::typeLabel).setHeader("类型").setAutoWidth(true);
        grid.setItems(q -> figures.drill(scope, key, side, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, total.size()));
        grid.addItemClickListener(e -> {
            String route = e.getItem().route();
            if (route != null) {
                close();
                open.accept(route);
            }
        });
        grid.setSizeFull();

        Button close = new Button("关闭", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
        VerticalLayout body = new VerticalLayout(top, grid);
        body.setPadding(false);
        body.setSizeFull();
        add(body);
    }

    Grid<DrillRow> grid() {
        return grid;
    }

    DrillTotal total() {
        return total;
    }
}
