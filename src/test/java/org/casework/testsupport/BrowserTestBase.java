package org.casework.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Playwright with the system Chromium (no browser download, stack.md P15/P16): one browser per test
 * class, a fresh context (cookies, session) and page per test. Helpers to sign in and out.
 */
public abstract class BrowserTestBase {

    /** Chromium as root needs --no-sandbox; the rest keeps it off the network (stack.md P15). */
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        // generous: the first Cockpit or Vaadin page on a busy 2-core machine takes several seconds
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(BrowserSupport.chromium())
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();      // closes the browser too
            playwright = null;
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fills the login form and submits it; does not check the outcome. */
    protected void submitLogin(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
    }

    /** Signs in and waits for the workbench (工作台). */
    protected void login(String username, String password) {
        submitLogin(username, password);
        assertThat(page.locator("h2").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("工作台")))
                .isVisible();
    }

    protected void logout() {
        page.locator("#logout").click();
        page.waitForURL(u -> u.contains("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Saves a full-page screenshot under target/browser-failures/ (also called when a test fails). */
    public Path screenshot(String name) {
        Path file = Paths.get("target", "browser-failures", name + ".png");
        if (page != null && !page.isClosed()) {
            try {
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                System.err.println("Screenshot of the failing page: " + file.toAbsolutePath());
            } catch (RuntimeException e) {
                System.err.println("Could not take a screenshot: " + e.getMessage());
            }
        }
        return file;
    }
}
