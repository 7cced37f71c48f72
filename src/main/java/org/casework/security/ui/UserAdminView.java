package org.casework.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.ui.Notifier;
import org.casework.org.OrgService;
import org.casework.security.Role;
import org.casework.security.UserService;
import org.casework.security.UserService.UserSummary;

/**
 * 用户管理: a searchable, lazily paged list of users; create and edit users, reset a password,
 * disable or enable an account, lift a lock-out. The rules are UserService's (administrators only).
 */
@Route("admin/users")
@PageTitle("用户管理 · casework")
@Menu(title = "nav.users", order = 910, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_)
public class UserAdminView extends VerticalLayout {

    private final transient UserService users;
    private final transient OrgService orgs;
    final TextField search = new TextField();
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    final Button create = new Button();
    final Button edit = new Button();
    final Button resetPassword = new Button();
    final Button toggleEnabled = new Button();
    final Button unlock = new Button();
    private final Span count = new Span();
    private final CallbackDataProvider<UserSummary, Void> data;

    public UserAdminView(UserService users, OrgService orgs) {
        this.users = users;
        this.orgs = orgs;
        addClassName("view-content");
        setSizeFull();
        data = new CallbackDataProvider<>(
                q -> users.search(searchText(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) users.count(searchText()),
                UserSummary::id);
        configureGrid();
        add(new H2(getTranslation("user.title")), new Paragraph(getTranslation("user.intro")), toolbar(), grid, count);
        refresh(null);
    }

    private HorizontalLayout toolbar() {
        search.setPlaceholder(getTranslation("user.search"));
        search.setId("user-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh(null));
        button(create, "user.create", "user-create", e -> openForm(null));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(edit, "action.edit", "user-edit", e -> selected().ifPresent(this::openForm));
        button(resetPassword, "user.resetPassword", "user-reset-password",
                e -> selected().ifPresent(u -> new PasswordResetDialog(users, u, () -> refresh(u)).open()));
        button(toggleEnabled, "user.disable", "user-toggle-enabled", e -> selected().ifPresent(this::toggleEnabled));
        button(unlock, "user.unlock", "user-unlock", e -> selected().ifPresent(this::unlock));
        HorizontalLayout bar = new HorizontalLayout(search, create, edit, resetPassword, toggleEnabled, unlock);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void button(Button b, String textKey, String id,
                        com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        b.setText(getTranslation(textKey));
        b.setId(id);
        b.addClickListener(listener);
    }

    private void configureGrid() {
        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserSummary::username).setKey("username").setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setKey("displayName").setHeader(getTranslation("user.displayName")).setAutoWidth(true);
        grid.addColumn(UserSummary::orgName).setKey("org").setHeader(getTranslation("user.org")).setFlexGrow(2)
                .setTooltipGenerator(UserSummary::orgCode);
        grid.addColumn(UserAdminView::roleLabels).setKey("roles").setHeader(getTranslation("user.roles")).setFlexGrow(2);
        grid.addColumn(this::status).setKey("status").setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.setItems(data);
        grid.addSelectionListener(e -> updateButtons());
        grid.addItemDoubleClickListener(e -> openForm(e.getItem()));
        grid.setSizeFull();
    }

    static String roleLabels(UserSummary u) {
        return u.roles().stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    }

    private String status(UserSummary u) {
        List<String> parts = new ArrayList<>();
        if (!u.enabled()) {
            parts.add(getTranslation("user.status.disabled"));
        }
        if (u.locked()) {
            parts.add(getTranslation("user.status.locked"));
        }
        return parts.isEmpty() ? getTranslation("user.status.enabled") : String.join("、", parts);
    }

    private String searchText() {
        return search.getValue();
    }

    private Optional<UserSummary> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        Optional<UserSummary> u = selected();
        edit.setEnabled(u.isPresent());
        resetPassword.setEnabled(u.isPresent());
        toggleEnabled.setEnabled(u.isPresent());
        toggleEnabled.setText(getTranslation(u.isPresent() && !u.get().enabled() ? "user.enable" : "user.disable"));
        unlock.setEnabled(u.isPresent() && u.get().locked());
    }

    private void openForm(UserSummary user) {
        new UserFormDialog(users, orgs, user, saved -> {
            Notifier.success(getTranslation(user == null ? "user.created" : "user.saved", saved.username()));
            refresh(saved);
        }).open();
    }

    private void toggleEnabled(UserSummary u) {
        if (!u.enabled()) {
            run(() -> users.setEnabled(u.id(), true), getTranslation("user.enabled", u.username()), u);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("user.disable.title"),
                getTranslation("user.disable.text", u.displayName() + "（" + u.username() + "）"),
                getTranslation("user.disable"),
                e -> run(() -> users.setEnabled(u.id(), false), getTranslation("user.disabled", u.username()), u));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void unlock(UserSummary u) {
        run(() -> users.unlock(u.id()), getTranslation("user.unlocked", u.username()), u);
    }

    private void run(Runnable command, String success, UserSummary u) {
        try {
            command.run();
            Notifier.success(success);
        } catch (BusinessRuleException | AccessDeniedException | NotFoundException e) {
            Notifier.error(e.getMessage());
        }
        refresh(u);
    }

    /** Reloads the list and the count, and selects the user again with fresh data (null: no selection). */
    void refresh(UserSummary reselect) {
        grid.deselectAll();
        data.refreshAll();
        count.setText(getTranslation("user.count", String.valueOf(users.count(searchText()))));
        if (reselect != null) {
            users.search(reselect.username(), 0, 50).stream().filter(u -> u.id() == reselect.id()).findFirst()
                    .ifPresent(grid::select);
        }
        updateButtons();
    }
}
