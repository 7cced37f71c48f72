package org.casework.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.casework.testsupport.BrowserTest;
import org.casework.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** The sign-in journey in a real Chromium: workbench in Chinese, logout, and a wrong password. */
@BrowserTest
class LoginBrowserTest extends BrowserTestBase {

    @Test
    void officerSignsInSeesTheWorkbenchInChineseAndSignsOut() {
        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page).hasTitle("登录 · casework");

        login("officer", "officer");
        assertThat(page).hasTitle("工作台 · casework");
        assertThat(page.getByText("您好，李明（滨湖新区东湖街道办事处）")).isVisible();
        // the in-memory database is shared by every test of the run: earlier workflow tests may have left the
        // officer tasks, so the workbench shows either its empty state or the task list
        assertThat(page.locator("#dashboard-empty, #dashboard-tasks").first()).isVisible();
        assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("工作台"))).isVisible();
        assertThat(page.locator("#logout")).hasText("退出登录");

        logout();
        assertThat(page.locator("input[name=username]")).isVisible();
        // the session is gone: the workbench sends us back to the login page
        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/login$"));
    }

    @Test
    void wrongPasswordShowsTheChineseError() {
        submitLogin("officer2", "not-the-password");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("用户名或密码错误")).isVisible();
        assertThat(page.locator("#logout")).hasCount(0);
    }
}
