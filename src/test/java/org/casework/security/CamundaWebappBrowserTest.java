package org.casework.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.casework.testsupport.BrowserTest;
import org.casework.testsupport.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** Camunda's Cockpit: a signed-in administrator gets it without a second login; nobody else does. */
@BrowserTest
class CamundaWebappBrowserTest extends BrowserTestBase {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";

    @Test
    void adminOpensCockpitWithoutASecondLogin() {
        login("admin", "admin");
        page.navigate(url(COCKPIT));
        assertThat(page).hasTitle(Pattern.compile("Cockpit"));
        // the signed-in Cockpit shows its navigation and dashboard; neither a Camunda login form nor its setup page
        // Cockpit loads a few hundred scripts before it draws anything: on a busy machine that takes a while
        assertThat(page.locator("a[href='#/processes']").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        assertThat(page.getByText("Running Process Instances").first()).isVisible();
        assertThat(page.locator("input[placeholder=Username]")).hasCount(0);
        assertThat(page.getByText("Camunda Setup")).hasCount(0);
    }

    @Test
    void officerGetsNoCockpit() {
        login("officer", "officer");
        Response response = page.navigate(url(COCKPIT));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("a[href='#/processes']")).hasCount(0);
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        page.navigate(url(COCKPIT));
        page.waitForURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("input[name=username]")).isVisible();
    }
}
