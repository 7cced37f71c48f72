package org.casework.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.casework.base.SignedInUser;

/**
 * The shell around every view: title, side navigation with only the entries the user may open,
 * the signed-in user with their organisation, and logout.
 */
@Layout
@PermitAll
@StyleSheet("context://styles/app.css")
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext auth;

    public MainLayout(AuthenticationContext auth) {
        this.auth = auth;
        setPrimarySection(Section.DRAWER);
        addToDrawer(appTitle(), new Scroller(navigation()));
        addToNavbar(new DrawerToggle(), userBar());
    }

    private Component appTitle() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        return title;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String label = getTranslation(entry.title());
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(label, entry.path())
                    : new SideNavItem(label, entry.path(), icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private static Component icon(String name) {
        String[] parts = name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon("vaadin", name);
    }

    private Component userBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("user-bar");
        auth.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            Span who = new Span(user.displayName() + " · " + user.orgName());
            who.addClassName("user-name");
            bar.add(who);
        });
        Button password = new Button(getTranslation("action.changePassword"),
                e -> getUI().ifPresent(ui -> ui.navigate("account")));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(getTranslation("action.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        bar.add(password, logout);
        return bar;
    }

}
