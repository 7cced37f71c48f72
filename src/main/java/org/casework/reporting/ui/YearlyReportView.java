package org.casework.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.org.OrgRef;
import org.casework.reporting.FigureExports;
import org.casework.reporting.FigureService;
import org.casework.reporting.FigureSnapshots;
import org.casework.reporting.FrozenFigures;
import org.casework.reporting.ManualEntries;
import org.casework.reporting.ManualEntry;
import org.casework.reporting.ReportRunner;
import org.casework.reporting.ReportScope;
import org.casework.reporting.YearlyReport;
import org.casework.security.Role;

/**
 * 年度统计: the yearly figures of an organisation in the leader's scope, grouped as in the spec, each with
 * its definition on hover and the change against last year; a click lists the records behind a figure.
 * A computation that takes longer than a moment runs in the background and the result is pushed.
 * Leaders freeze a year; the screen then shows where today's computation differs from the frozen one.
 */
@Route("reports/yearly")
@PageTitle("年度统计 · casework")
@Menu(title = "nav.yearly", order = 70, icon = "vaadin:chart")
@RolesAllowed({Role.LEADER_, Role.ADMIN_})
public class YearlyReportView extends VerticalLayout {

    /** How long the screen waits for a result before it shows a progress indicator and pushes the result later. */
    static final long WAIT_MS = 300;

    private final FigureService figures;
    private final FigureSnapshots snapshots;
    private final ManualEntries entries;
    private final FigureExports exports;
    private final ReportRunner runner;

    final ComboBox<Integer> year = new ComboBox<>("年度");
    final ComboBox<OrgRef> org = new ComboBox<>("机构");
    final Checkbox subtree = new Checkbox("含下级机构", true);
    final Button freeze = new Button("冻结本年数据");
    private final Div exportSlot = new Div();
    private final Div status = new Div();
    private final Div frozenInfo = new Div();
    private final Div content = new Div();
    private CompletableFuture<YearlyReport> pending;
    private YearlyReport report;
    private int generation;

    public YearlyReportView(FigureService figures, FigureSnapshots snapshots, ManualEntries entries, FigureExports exports,
                            ReportRunner runner, Clock clock) {
        this.figures = figures;
        this.snapshots = snapshots;
        this.entries = entries;
        this.exports = exports;
        this.runner = runner;
        addClassName("view-content");
        addClassName("yearly-report");
        setWidthFull();

        int thisYear = LocalDate.now(clock).getYear();
        year.setItems(IntStream.rangeClosed(thisYear - 10, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> y + "年");
        year.setValue(thisYear - 1);
        year.setId("report-year");
        year.setWidth("8em");
        List<OrgRef> choices = figures.orgChoices();
        org.setItems(choices);
        org.setItemLabelGenerator(o -> indent(o, choices) + o.label());
        org.setId("report-org");
        org.setWidth("24em");
        OrgRef own = figures.scope(thisYear - 1, null, true).org();
        org.setValue(own);
        subtree.setId("report-subtree");
        freeze.setId("report-freeze");
        freeze.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        freeze.setVisible(snapshots.canFreeze());
        freeze.addClickListener(e -> confirmFreeze());
        year.addValueChangeListener(e -> refresh());
        org.addValueChangeListener(e -> refresh());
        subtree.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(year, org, subtree, exportSlot, freeze);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        status.setId("report-status");
        frozenInfo.setId("report-frozen");
        frozenInfo.addClassName("frozen-info");
        content.setId("report-content");
        content.setWidthFull();
        add(new H2("年度统计"), toolbar, status, frozenInfo, content);
        refresh();
    }

    /** Computes the figures for the chosen year and organisation; waits a moment, then shows progress. */
    void refresh() {
        if (year.getValue() == null || org.getValue() == null) {
            return;
        }
        ReportScope scope = figures.scope(year.getValue(), org.getValue().code(), subtree.getValue());
        List<ManualEntry> items = entries.list(scope.year(), scope.org().code());
        int current = ++generation;
        CompletableFuture<YearlyReport> job = runner.start(scope, items);
        pending = job;
        try {
            show(job.get(WAIT_MS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            showProgress(scope);
            UI ui = UI.getCurrent();
            job.whenComplete((result, failure) -> {
                try {
                    ui.access(() -> {
                        if (current != generation) {
                            return;
                        }
                        if (failure != null) {
                            failed(failure);
                        } else {
                            show(result);
                        }
                    });
                } catch (UIDetachedException gone) {
                    // the user left the screen: nobody waits for the result
                }
            });
        } catch (ExecutionException e) {
            failed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void showProgress(ReportScope scope) {
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("20em");
        Span text = new Span("正在计算 " + scope.org().name() + " " + scope.year() + "年的统计数据……");
        status.removeAll();
        status.add(text, bar);
        status.setVisible(true);
    }

    private void failed(Throwable failure) {
        status.removeAll();
        status.setVisible(false);
        Notifier.error("统计数据计算失败：" + failure.getMessage());
    }

    private void show(YearlyReport result) {
        report = result;
        status.removeAll();
        status.setVisible(false);
        showFrozen(result);
        exportSlot.removeAll();
        String fileName = result.scope().org().code() + "-" + result.scope().year() + "年度统计.xlsx";
        Anchor download = new Anchor(event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            exports.writeFigures(result.scope(), result.now(), result.previous(), result.entries(), event.getOutputStream());
        }, "导出Excel");
        download.setId("report-export");
        exportSlot.add(download);
        content.removeAll();
        Paragraph computed = new Paragraph("计算时间：" + Formats.dateTime(result.now().computedAt().toInstant())
                + "　同比：与" + result.previous().year() + "年同口径计算值相比。将鼠标停在指标名称上可查看口径，点击数值可查看明细。");
        computed.addClassName("figure-hint");
        content.add(computed, FigureRows.of(result, figures, this::drill),
                new ManualEntriesPanel(entries, result.scope().year(), result.scope().org().code(), result.entries()));
    }

    private void showFrozen(YearlyReport result) {
        frozenInfo.removeAll();
        if (result.frozen().isEmpty()) {
            frozenInfo.add(new Span("本年数据尚未冻结。"));
            return;
        }
        FrozenFigures f = result.frozen().get();
        String who = f.takenByName() == null ? f.takenBy() : f.takenByName() + "（" + f.takenBy() + "）";
        frozenInfo.add(new Span("已于 " + Formats.dateTime(f.takenAt().toInstant()) + " 由 " + who + " 冻结。"));
        Span diff = new Span(result.changes().isEmpty() ? "当前计算结果与冻结时一致。"
                : "当前计算结果与冻结时有 " + result.changes().size() + " 项不同（见各指标旁的“冻结时”）。");
        diff.addClassName(result.changes().isEmpty() ? "frozen-same" : "warning-text");
        diff.setId("report-frozen-diff");
        frozenInfo.add(diff);
    }

    private void drill(String key, String side) {
        if (report == null) {
            return;
        }
        new DrillDialog(figures, exports, report.scope(), key, side, route -> UI.getCurrent().navigate(route)).open();
    }

    private void confirmFreeze() {
        if (report == null) {
            return;
        }
        ReportScope scope = report.scope();
        Dialog confirm = new Dialog();
        confirm.setId("freeze-dialog");
        confirm.setHeaderTitle("冻结 " + scope.year() + "年统计数据");
        confirm.add(new Paragraph("将以当前计算结果为 " + scope.org().name() + (scope.subtree() ? "（含下级机构）" : "（本级）")
                + " " + scope.year() + "年的统计数据保存快照。此后对案件的修改不会改变快照，本页会显示与快照不同的指标。"));
        Button ok = new Button("冻结", e -> {
            snapshots.freeze(scope);
            confirm.close();
            Notifier.success("已冻结 " + scope.year() + "年统计数据");
            refresh();
        });
        ok.setId("freeze-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("取消", e -> confirm.close()), ok);
        confirm.open();
    }

    private static String indent(OrgRef o, List<OrgRef> all) {
        long depth = o.treePath().chars().filter(c -> c == '/').count() - 2;
        long base = all.stream().mapToLong(x -> x.treePath().chars().filter(c -> c == '/').count() - 2).min().orElse(0);
        return "　".repeat((int) Math.max(0, depth - base));
    }

    /** For tests: the computation in flight (or done). */
    CompletableFuture<YearlyReport> pending() {
        return pending;
    }

    YearlyReport report() {
        return report;
    }
}
