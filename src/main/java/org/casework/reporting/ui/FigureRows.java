package org.casework.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import java.util.function.BiConsumer;
import org.casework.reporting.Figure;
import org.casework.reporting.FigureChange;
import org.casework.reporting.FigureService;
import org.casework.reporting.FigureValue;
import org.casework.reporting.YearlyReport;

/**
 * The computed figures of a report, grouped by section as in spec/figures.md: a row per figure with its
 * label (the definition on hover), its value (a rate with n/d), the year-on-year change and, where the
 * figure changed since it was frozen, the frozen value. Values (and a rate's numerator and denominator)
 * are buttons that open the records behind them.
 */
final class FigureRows {

    private FigureRows() {
    }

    /** {@code drill} receives the key and the side (null, "numerator" or "denominator"). */
    static Div of(YearlyReport report, FigureService figures, BiConsumer<String, String> drill) {
        Div all = new Div();
        all.addClassName("figure-sections");
        Figure.Section section = null;
        Div table = null;
        for (var e : report.now().figures().entrySet()) {
            String key = e.getKey();
            Figure figure = figures.figureOf(key);
            if (figure.section() != section) {
                section = figure.section();
                H3 title = new H3(section.label());
                title.addClassName("figure-section-title");
                table = new Div();
                table.addClassName("figure-table");
                table.setId("section-" + section.name().toLowerCase());
                all.add(title, table);
            }
            table.add(row(report, figures, key, figure, e.getValue(), drill));
        }
        return all;
    }

    private static Div row(YearlyReport report, FigureService figures, String key, Figure figure, FigureValue v,
                           BiConsumer<String, String> drill) {
        Div row = new Div();
        row.addClassName("figure-row");
        boolean part = figure instanceof Figure.Breakdown;
        if (part) {
            row.addClassName("figure-part");
        }
        Span label = new Span(part ? figures.labelOf(key) : figure.label());
        label.addClassName("figure-label");
        Tooltip.forComponent(label).withText(definition(figure, key, figures));
        row.add(label);

        Div value = new Div();
        value.addClassName("figure-number");
        Button main = link(v.displayText() + (v.isRate() ? "" : " " + v.unit()), "value-" + key, () -> drill.accept(key, null));
        main.addClassName("figure-main");
        value.add(main);
        if (v.isRate()) {
            value.add(new Span("（"), link(String.valueOf(v.numerator()), "num-" + key, () -> drill.accept(key, "numerator")),
                    new Span("/"), link(String.valueOf(v.denominator()), "den-" + key, () -> drill.accept(key, "denominator")),
                    new Span("）"));
        }
        row.add(value);

        FigureValue before = report.previous().get(key);
        Span yoy = new Span(report.previous().year() + "年 " + (before == null ? "0" : before.displayText())
                + "　" + FigureChange.difference(before, v));
        yoy.addClassName("figure-yoy");
        yoy.setId("yoy-" + key);
        row.add(yoy);

        report.changeOf(key).ifPresent(change -> {
            Span frozen = new Span("冻结时 " + (change.frozen() == null ? "0" : change.frozen().displayText())
                    + "，现 " + (change.now() == null ? "0" : change.now().displayText()) + "，" + change.differenceText());
            frozen.addClassName("figure-frozen");
            frozen.setId("frozen-" + key);
            row.add(frozen);
        });
        return row;
    }

    private static String definition(Figure figure, String key, FigureService figures) {
        String head = figure instanceof Figure.Rate ? "公式：" : "口径：";
        return head + figure.definition() + "（" + key + "）";
    }

    private static Button link(String text, String id, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setId(id);
        return b;
    }

    static Component placeholder(String text) {
        Span s = new Span(text);
        s.addClassName("empty-state");
        return s;
    }
}
