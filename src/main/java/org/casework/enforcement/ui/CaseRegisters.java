package org.casework.enforcement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casework.base.ui.Formats;
import org.casework.enforcement.CaseWork;
import org.casework.enforcement.CaseWork.NumberedMeasure;
import org.casework.enforcement.EvidenceEntry;
import org.casework.enforcement.Pause;
import org.casework.enforcement.Preservation;
import org.casework.enforcement.Recusal;
import org.casework.staff.OfficerRef;

/**
 * What the investigation and execution recorded, as registers on the work page: evidence, preserved
 * evidence with its 7-day limit, coercive measures with their 30-day limit, recusal requests, paused
 * intervals and the money of the decision. Empty registers are not shown.
 */
final class CaseRegisters {

    private CaseRegisters() {
    }

    static Component of(CaseWork work, Map<Long, OfficerRef> officers) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("case-registers");
        Function<Long, String> name = id -> id == null ? "" : officers.containsKey(id) ? officers.get(id).name() : "执法人员" + id;
        if (!work.evidence().isEmpty()) {
            Grid<EvidenceEntry> g = grid("case-evidence");
            g.addColumn(e -> Pickers.label(e.kind())).setHeader("证据种类").setAutoWidth(true);
            g.addColumn(EvidenceEntry::title).setHeader("证据名称").setAutoWidth(true);
            g.addColumn(e -> Formats.date(e.takenOn())).setHeader("取证日期").setAutoWidth(true);
            g.addColumn(EvidenceEntry::description).setHeader("说明").setFlexGrow(1);
            g.setItems(work.evidence());
            box.add(title("证据"), g);
        }
        if (!work.preservations().isEmpty()) {
            Grid<Preservation> g = grid("case-preservations");
            g.addColumn(p -> Formats.date(p.preservedOn())).setHeader("登记保存日期").setAutoWidth(true);
            g.addColumn(Preservation::items).setHeader("物品").setFlexGrow(1);
            g.addColumn(Preservation::approvedBy).setHeader("批准人").setAutoWidth(true);
            g.addColumn(p -> Formats.date(p.decideBy())).setHeader("处理期限").setAutoWidth(true);
            g.addColumn(p -> p.decision() == null ? "待处理" : p.decision().label() + "（" + Formats.date(p.decidedOn()) + "）")
                    .setHeader("处理决定").setAutoWidth(true);
            g.setItems(work.preservations());
            box.add(title("先行登记保存（《行政处罚法》第五十六条，七日内作出处理决定）"), g);
        }
        if (!work.measures().isEmpty()) {
            Grid<NumberedMeasure> g = grid("case-measures");
            g.addColumn(NumberedMeasure::no).setHeader("序号").setAutoWidth(true);
            g.addColumn(m -> m.measure().type().label()).setHeader("措施").setAutoWidth(true);
            g.addColumn(m -> m.measure().description()).setHeader("场所、设施或者财物").setFlexGrow(1);
            g.addColumn(m -> Formats.date(m.measure().decidedDate())).setHeader("决定日期").setAutoWidth(true);
            g.addColumn(m -> Formats.date(m.measure().dueDate()) + (m.measure().extended() ? "（已延长）" : "")).setHeader("期限至").setAutoWidth(true);
            g.addColumn(m -> m.measure().endedDate() == null ? "执行中" : "已于" + Formats.date(m.measure().endedDate()) + "解除")
                    .setHeader("状态").setAutoWidth(true);
            g.setItems(work.measures());
            box.add(title("行政强制措施（《行政强制法》第二十五条，三十日，可延长一次）"), g);
        }
        if (!work.recusals().isEmpty()) {
            Grid<Recusal> g = grid("case-recusals");
            g.addColumn(r -> name.apply(r.officerId())).setHeader("申请回避的人员").setAutoWidth(true);
            g.addColumn(r -> Formats.date(r.requestedOn())).setHeader("申请日期").setAutoWidth(true);
            g.addColumn(Recusal::reason).setHeader("理由").setFlexGrow(1);
            g.addColumn(r -> r.granted() == null ? "待决定" : r.granted() ? "回避，由" + name.apply(r.replacementId()) + "接替" : "驳回")
                    .setHeader("决定").setAutoWidth(true);
            g.setItems(work.recusals());
            box.add(title("回避申请（《行政处罚法》第四十三条）"), g);
        }
        if (!work.pauses().isEmpty()) {
            Grid<Pause> g = grid("case-pauses");
            g.addColumn(p -> p.kind().label()).setHeader("暂停原因").setAutoWidth(true);
            g.addColumn(p -> Formats.date(p.from())).setHeader("开始").setAutoWidth(true);
            g.addColumn(p -> p.running() ? "进行中" : Formats.date(p.to())).setHeader("恢复").setAutoWidth(true);
            g.addColumn(p -> p.kind().stopsDecisionClock() ? "办案期限" : "加处罚款").setHeader("暂停计算").setAutoWidth(true);
            g.addColumn(Pause::reason).setHeader("理由").setFlexGrow(1);
            g.setItems(work.pauses());
            box.add(title("暂停计算的期间"), g);
        }
        CaseWork.Money money = work.money();
        if (money != null && money.payable() != null && money.payable().signum() > 0) {
            Div facts = new Div(fact("应缴罚没款", Formats.yuan(money.payable())), fact("已缴", Formats.yuan(money.paid())),
                    fact("尚欠", Formats.yuan(money.outstanding())), fact("加处罚款（至今日）", Formats.yuan(money.surchargeDue())),
                    fact("已缴加处罚款", Formats.yuan(money.surchargePaid())), fact("缴款期限", Formats.date(money.due())));
            facts.setId("case-money");
            facts.addClassName("case-summary");
            box.add(title("罚没款"), facts);
            if (money.instalments() != null && !money.instalments().isEmpty()) {
                box.add(new Span("分期：" + money.instalments().stream().map(i -> Formats.date(i.dueDate()) + " " + Formats.yuan(i.amount()))
                        .collect(Collectors.joining("；"))));
            }
        }
        return box;
    }

    static Map<Long, OfficerRef> byId(List<OfficerRef> refs) {
        return refs.stream().collect(Collectors.toMap(OfficerRef::id, r -> r, (a, b) -> a));
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> g = new Grid<>();
        g.setId(id);
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setAllRowsVisible(true);
        return g;
    }

    private static Span title(String text) {
        Span s = new Span(text);
        s.addClassName("line-editor-title");
        return s;
    }

    private static Span fact(String label, String value) {
        Span span = new Span(label + "：" + (Objects.toString(value, "").isEmpty() ? "—" : value));
        span.addClassName("fact");
        return span;
    }
}
