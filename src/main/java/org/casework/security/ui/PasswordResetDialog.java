package org.casework.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormErrors;
import org.casework.base.ui.Notifier;
import org.casework.security.UserService;
import org.casework.security.UserService.UserSummary;

/** The administrator sets a new password for a user (which also lifts a lock-out). */
class PasswordResetDialog extends Dialog {

    private final transient UserService users;
    private final UserSummary user;
    private final transient Runnable onDone;
    final PasswordField password = new PasswordField();
    final PasswordField passwordRepeat = new PasswordField();
    private final FormErrors errors = new FormErrors();

    PasswordResetDialog(UserService users, UserSummary user, Runnable onDone) {
        this.users = users;
        this.user = user;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("user.resetPassword.title", user.displayName() + "（" + user.username() + "）"));
        password.setLabel(getTranslation("user.newPassword"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("user.passwordRules"));
        password.setRequiredIndicatorVisible(true);
        passwordRepeat.setLabel(getTranslation("user.passwordRepeat"));
        passwordRepeat.setId("reset-password-repeat");
        errors.bind("password", password).bind("passwordRepeat", passwordRepeat);

        Button save = new Button(getTranslation("user.resetPassword"), e -> save());
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        FormLayout form = new FormLayout(password, passwordRepeat);
        form.setMaxWidth("480px");
        add(form);
    }

    void save() {
        if (!password.getValue().equals(passwordRepeat.getValue())) {
            errors.show("passwordRepeat", getTranslation("user.passwordMismatch"));
            return;
        }
        try {
            users.resetPassword(user.id(), password.getValue());
            close();
            Notifier.success(getTranslation("user.passwordReset", user.username()));
            onDone.run();
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }
}
