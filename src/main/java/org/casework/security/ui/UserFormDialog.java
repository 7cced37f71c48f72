package org.casework.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormErrors;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.Role;
import org.casework.security.UserService;
import org.casework.security.UserService.UserForm;
import org.casework.security.UserService.UserSummary;

/**
 * Creates a user (with an initial password, the rules shown) or edits one: user name, name,
 * organisation and roles. The rules are UserService's; a refused field turns red with the reason.
 */
class UserFormDialog extends Dialog {

    private final transient UserService users;
    private final UserSummary editing;
    private final transient Consumer<UserSummary> onSaved;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final ComboBox<OrgRef> org = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final PasswordField passwordRepeat = new PasswordField();
    private final FormErrors errors = new FormErrors();

    UserFormDialog(UserService users, OrgService orgs, UserSummary editing, Consumer<UserSummary> onSaved) {
        this.users = users;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(editing == null ? "user.create.title" : "user.edit.title"));
        setWidth("640px");
        buildFields(orgs.all());
        if (editing != null) {
            fill(editing);
        }
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);

        FormLayout form = new FormLayout(username, displayName, org, roles);
        if (editing == null) {
            form.add(password, passwordRepeat);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(org, 2);
        form.setColspan(roles, 2);
        add(form);
    }

    private void buildFields(List<OrgRef> allOrgs) {
        username.setLabel(getTranslation("user.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("user.username.helper"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(64);
        displayName.setLabel(getTranslation("user.displayName"));
        displayName.setId("user-display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(100);
        org.setLabel(getTranslation("user.org"));
        org.setId("user-org");
        org.setItems(allOrgs.stream().filter(o -> o.active() || (editing != null && o.id() == editing.orgId())).toList());
        org.setItemLabelGenerator(o -> "\u3000".repeat(o.depth()) + o.label());
        org.setRequiredIndicatorVisible(true);
        org.setWidthFull();
        roles.setLabel(getTranslation("user.roles"));
        roles.setId("user-roles");
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(Role::label);
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("user.password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("user.passwordRules"));
        password.setRequiredIndicatorVisible(true);
        passwordRepeat.setLabel(getTranslation("user.passwordRepeat"));
        passwordRepeat.setId("user-password-repeat");
        errors.bind("username", username).bind("displayName", displayName).bind("org", org)
                .bind("roles", roles).bind("password", password).bind("passwordRepeat", passwordRepeat);
    }

    private void fill(UserSummary u) {
        username.setValue(u.username());
        displayName.setValue(u.displayName());
        org.getListDataView().getItems().filter(o -> o.id() == u.orgId()).findFirst().ifPresent(org::setValue);
        roles.setValue(u.roles());
    }

    void save() {
        UserForm form = new UserForm(username.getValue(), displayName.getValue(),
                org.getValue() == null ? null : org.getValue().id(),
                roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
        if (editing == null && !password.getValue().equals(passwordRepeat.getValue())) {
            errors.show("passwordRepeat", getTranslation("user.passwordMismatch"));
            return;
        }
        try {
            UserSummary saved = editing == null ? users.create(form, password.getValue()) : users.update(editing.id(), form);
            close();
            onSaved.accept(saved);
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }
}
