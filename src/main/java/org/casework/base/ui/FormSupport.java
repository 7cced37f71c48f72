package org.casework.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.base.BusinessRuleException;
import org.casework.base.RuleViolation;

/** What every record form shares: rule violations shown on their fields, a year picker, data-quality notes. */
public final class FormSupport {

    private FormSupport() {
    }

    /**
     * Marks each field named by a violation (by its Chinese label) with the violation's message and shows
     * the whole explanation as an error notification.
     */
    public static void showViolations(BusinessRuleException e, Map<String, ? extends HasValidation> fieldsByLabel) {
        clear(fieldsByLabel);
        for (RuleViolation v : e.violations()) {
            HasValidation field = v.field() == null ? null : fieldsByLabel.get(v.field());
            if (field != null) {
                field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + "；" + v.message() : v.message());
                field.setInvalid(true);
            }
        }
        Notifier.error(e.getMessage());
    }

    /** The fields by their labels (the labels are the names the rules use). */
    public static Map<String, HasValidation> byLabel(HasValidation... fields) {
        Map<String, HasValidation> map = new LinkedHashMap<>();
        for (HasValidation f : fields) {
            map.put(((HasLabel) f).getLabel(), f);
        }
        return map;
    }

    /** Makes every field of the map read-only, or editable again. */
    public static void readOnly(Map<String, HasValidation> fields, boolean readOnly) {
        for (HasValidation f : fields.values()) {
            ((HasValue<?, ?>) f).setReadOnly(readOnly);
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fieldsByLabel) {
        for (HasValidation field : fieldsByLabel.values()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** Years from ten years back to next year, newest first. */
    public static ComboBox<Integer> yearPicker(String label, Clock clock) {
        int now = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now + 1; y >= now - 10; y--) {
            years.add(y);
        }
        ComboBox<Integer> box = new ComboBox<>(label, years);
        box.setItemLabelGenerator(y -> y + "年");
        box.setClearButtonVisible(true);
        box.setWidth("9em");
        return box;
    }

    /** The data-quality notes (数据质量提示) of a record, or an empty component when there are none. */
    public static Component dataQuality(String notes) {
        Div box = new Div();
        box.setId("data-quality");
        if (notes != null && !notes.isBlank()) {
            box.add(new Span("数据质量提示："));
            for (String line : notes.split("\n")) {
                Div item = new Div(line);
                item.addClassName("warning-text");
                box.add(item);
            }
        }
        return box;
    }
}
