package org.casework.enforcement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.Notifier;

/**
 * The buttons of the case work page: each runs one service call, says what was done and shows the case
 * again. A refusal of the service (naming the rule and article) is shown as an error and the page stays
 * as it was, with what the user entered (the service's transaction rolled back: nothing was written).
 */
final class ActionButton {

    private ActionButton() {
    }

    /** A primary button with the id "step-{name}". */
    static Button primary(String name, String text, Runnable action, String done, Runnable reload) {
        Button button = new Button(text, e -> {
            try {
                action.run();
            } catch (BusinessRuleException | AccessDeniedException refused) {
                Notifier.error(refused.getMessage());
                return;
            }
            Notifier.success(done);
            reload.run();
        });
        button.setId("step-" + name);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** A plain button with the id "step-{name}". */
    static Button secondary(String name, String text, Runnable action, String done, Runnable reload) {
        Button button = primary(name, text, action, done, reload);
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
