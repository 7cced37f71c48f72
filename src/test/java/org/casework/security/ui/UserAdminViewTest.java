package org.casework.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casework.org.OrgService;
import org.casework.security.Role;
import org.casework.security.SystemUsers;
import org.casework.security.UserService.UserSummary;
import org.casework.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** 用户管理 as the administrator, and refused to an officer. */
class UserAdminViewTest extends ViewTestBase {

    @Autowired
    OrgService orgs;
    @Autowired
    SystemUsers systemUsers;

    private static List<UserSummary> rows(UserAdminView view) {
        List<UserSummary> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            rows.add(GridKt._get(view.grid, i));
        }
        return rows;
    }

    private UserAdminView openFiltered(String text) {
        UserAdminView view = open("admin/users", UserAdminView.class);
        _setValue(view.search, text);
        return view;
    }

    @Test
    void adminSeesTheUsersWithRolesInChinese() {
        signInAs("admin");
        UserAdminView view = open("admin/users", UserAdminView.class);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(12);

        _setValue(view.search, "officer");
        assertThat(rows(view)).extracting(UserSummary::username).contains("officer", "officer2", "officer3")
                .allMatch(name -> name.contains("officer"));
        int officer = rows(view).stream().map(UserSummary::username).toList().indexOf("officer");
        assertThat(GridKt._getFormatted(view.grid, officer, "roles")).isEqualTo("执法人员");
        assertThat(GridKt._getFormatted(view.grid, officer, "org")).isEqualTo("滨湖新区东湖街道办事处");
        assertThat(GridKt._getFormatted(view.grid, officer, "status")).isEqualTo("正常");
    }

    @Test
    void adminCreatesAUserThroughTheForm() {
        signInAs("admin");
        UserAdminView view = open("admin/users", UserAdminView.class);
        _click(view.create);
        UserFormDialog form = _get(UserFormDialog.class);
        String username = unique("u");
        _setValue(form.username, username);
        _setValue(form.displayName, "钱程");
        _setValue(form.org, form.org.getListDataView().getItems().filter(o -> o.code().equals("320599001")).findFirst().orElseThrow());
        _setValue(form.roles, Set.of(Role.OFFICER, Role.LEGAL_REVIEWER));
        assertThat(form.password.getHelperText()).isEqualTo("至少8位，须同时包含字母和数字，不能与用户名相同");

        _setValue(form.password, "password");
        _setValue(form.passwordRepeat, "password");
        form.save();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.password.isInvalid()).isTrue();
        assertThat(form.password.getErrorMessage()).isEqualTo("密码须同时包含字母和数字");

        _setValue(form.password, "Qian2024cheng");
        _setValue(form.passwordRepeat, "Qian2024chenG");
        form.save();
        assertThat(form.passwordRepeat.getErrorMessage()).isEqualTo("两次输入的密码不一致");

        _setValue(form.passwordRepeat, "Qian2024cheng");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("user-save")));
        assertThat(form.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("已新增用户：" + username);

        _setValue(view.search, username);
        assertThat(rows(view)).singleElement().satisfies(u -> {
            assertThat(u.displayName()).isEqualTo("钱程");
            assertThat(u.orgCode()).isEqualTo("320599001");
            assertThat(u.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.LEGAL_REVIEWER);
        });
        assertThat(GridKt._getFormatted(view.grid, 0, "roles")).isEqualTo("执法人员、法制审核人员");
    }

    @Test
    void aTakenUserNameIsRefusedOnItsField() {
        signInAs("admin");
        UserAdminView view = open("admin/users", UserAdminView.class);
        _click(view.create);
        UserFormDialog form = _get(UserFormDialog.class);
        _setValue(form.username, "officer");
        _setValue(form.displayName, "重名用户");
        _setValue(form.org, form.org.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(form.roles, Set.of(Role.OFFICER));
        _setValue(form.password, "Chongming2024");
        _setValue(form.passwordRepeat, "Chongming2024");
        form.save();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.username.getErrorMessage()).isEqualTo("用户名已存在：officer");
    }

    @Test
    void adminDisablesEnablesResetsAndUnlocks() {
        String username = unique("s");
        systemUsers.provision(username, "孙悦", orgs.requireByCode("320599002").id(), EnumSet.of(Role.OFFICER), "initial1");
        for (int i = 0; i < 5; i++) {
            ctx.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"), new BadCredentialsException("用户名或密码错误")));
        }
        signInAs("admin");
        UserAdminView view = openFiltered(username);
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("已锁定");

        GridKt._selectRow(view.grid, 0);
        assertThat(view.unlock.isEnabled()).isTrue();
        _click(view.unlock);
        MockVaadin.clientRoundtrip();
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("正常");
        assertThat(view.unlock.isEnabled()).isFalse();

        _click(view.toggleEnabled);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("孙悦");
        ConfirmDialogKt._fireConfirm(confirm);
        MockVaadin.clientRoundtrip();
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("已停用");
        assertThat(view.toggleEnabled.getText()).isEqualTo("启用");
        _click(view.toggleEnabled);
        MockVaadin.clientRoundtrip();
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("正常");

        _click(view.resetPassword);
        PasswordResetDialog reset = _get(PasswordResetDialog.class);
        _setValue(reset.password, username);
        _setValue(reset.passwordRepeat, username);
        reset.save();
        assertThat(reset.isOpened()).isTrue();
        assertThat(reset.password.getErrorMessage()).isIn("密码至少8位", "密码须同时包含字母和数字", "密码不能与用户名相同");
        _setValue(reset.password, "Sunyue2024");
        _setValue(reset.passwordRepeat, "Sunyue2024");
        reset.save();
        assertThat(reset.isOpened()).isFalse();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("已重置 " + username));
    }

    @Test
    void adminCannotDisableThemself() {
        signInAs("admin");
        UserAdminView view = openFiltered("admin");
        int me = rows(view).stream().map(UserSummary::username).toList().indexOf("admin");
        GridKt._selectRow(view.grid, me);
        _click(view.toggleEnabled);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).contains("不能停用自己的账号");
        assertThat(GridKt._getFormatted(view.grid, me, "status")).isEqualTo("正常");
    }

    @Test
    void anOfficerCannotReachTheAdminScreens() {
        signInAs("officer");
        List<String> menu = MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path).toList();
        assertThat(menu).noneMatch(path -> path.contains("admin"));

        // Vaadin's access control reroutes to its access-denied error route; Karibu's stand-in for that
        // route raises the refusal (at once or at the next look at the UI), so the user list is never built
        Throwable refused = catchThrowable(() -> UI.getCurrent().navigate("admin/users"));
        if (refused != null) {
            assertThat(refused).hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .isNotEmpty().noneMatch(UserAdminView.class::isInstance);
    }
}
