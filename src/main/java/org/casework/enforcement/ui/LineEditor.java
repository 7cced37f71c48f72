package org.casework.enforcement.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list of lines a case holds several of (collective discussions, defences, payments, handling
 * officers, coercive measures): one line of fields each, a button to add one and one to remove it.
 */
class LineEditor<T> extends VerticalLayout {

    /** One line's fields, and the value they make. */
    abstract static class Line<T> extends HorizontalLayout {
        Line() {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
        }

        abstract T value();
    }

    private final Function<T, Line<T>> lineOf;
    private final VerticalLayout lines = new VerticalLayout();
    private final Button add;
    private final Span error = new Span();
    private final List<Line<T>> current = new ArrayList<>();
    private boolean readOnly;

    /** {@code lineOf} builds a line for a value, or an empty one for null. */
    LineEditor(String title, String addLabel, Function<T, Line<T>> lineOf) {
        this.lineOf = lineOf;
        setPadding(false);
        setSpacing(false);
        lines.setPadding(false);
        lines.setSpacing(false);
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addLine(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        error.addClassName("field-error");
        error.setVisible(false);
        Span heading = new Span(title);
        heading.addClassName("line-editor-title");
        add(heading, lines, add, error);
    }

    void setValues(List<T> values) {
        current.clear();
        lines.removeAll();
        values.forEach(this::addLine);
    }

    List<T> values() {
        return current.stream().map(Line::value).toList();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        setValues(values());
    }

    void setError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private void addLine(T value) {
        Line<T> line = lineOf.apply(value);
        current.add(line);
        if (readOnly) {
            line.getChildren().filter(c -> c instanceof HasValue<?, ?>)
                    .forEach(c -> ((HasValue<?, ?>) c).setReadOnly(true));
        } else {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                current.remove(line);
                lines.remove(line);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("删除");
            line.add(remove);
        }
        lines.add(line);
    }
}
