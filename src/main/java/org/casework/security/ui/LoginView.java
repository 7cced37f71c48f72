package org.casework.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page. A wrong password or a locked account shows the reason in Chinese. */
@Route(value = "login", autoLayout = false)
@PageTitle("登录 · casework")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setI18n(chinese());
        form.setForgotPasswordButtonVisible(false);
        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.subtitle")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private static LoginI18n chinese() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle("登录");
        f.setUsername("用户名");
        f.setPassword("密码");
        f.setSubmit("登录");
        f.setForgotPassword("忘记密码");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("用户名或密码错误");
        error.setMessage("请检查用户名和密码后重试。连续多次输入错误后，账号将被暂时锁定。");
        error.setUsername("请输入用户名");
        error.setPassword("请输入密码");
        return i18n;
    }
}
