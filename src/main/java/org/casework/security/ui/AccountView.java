package org.casework.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.Notifier;
import org.casework.security.UserService;

/** Every user changes their own password here. */
@Route("account")
@PageTitle("修改密码 · casework")
@PermitAll
public class AccountView extends VerticalLayout {

    public AccountView(UserService users) {
        addClassName("view-content");
        PasswordField current = new PasswordField("当前密码");
        PasswordField next = new PasswordField("新密码");
        next.setHelperText("至少8位，须同时包含字母和数字，不能与用户名相同");
        PasswordField repeat = new PasswordField("再次输入新密码");
        Button save = new Button("保存新密码", e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage("两次输入的新密码不一致");
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notifier.success("密码已修改");
            } catch (BusinessRuleException ex) {
                Notifier.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("480px");
        add(new H2("修改密码"), new Paragraph("为了账号安全，请定期修改密码。"), form, save);
    }
}
