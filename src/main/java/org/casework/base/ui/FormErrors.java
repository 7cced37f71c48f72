package org.casework.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.base.BusinessRuleException;

/**
 * Shows a refused command on its form: the field the rule names (see {@link BusinessRuleException#field()})
 * turns red with the Chinese message, and the message also appears as a red notification, so a rule
 * about the whole record is never missed.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Links a rule's field name (as the service names it, e.g. "code") to the form field showing it. */
    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(BusinessRuleException e) {
        clear();
        HasValidation field = e.field() == null ? null : fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
        Notifier.error(e.getMessage());
    }

    /** Marks one field invalid with a message the form found itself (e.g. two passwords differ). */
    public void show(String field, String message) {
        clear();
        HasValidation target = fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
        Notifier.error(message);
    }
}
