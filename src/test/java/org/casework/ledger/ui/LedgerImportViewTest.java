package org.casework.ledger.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import org.casework.ledger.LedgerError;
import org.casework.ledger.LedgerSpringTest;
import org.casework.ledger.LedgerImportResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The import page: upload, background run, result or errors, history; only for administrators and leaders. */
@LedgerSpringTest
class LedgerImportViewTest {

    static final Routes ROUTES = new Routes().autoDiscoverViews("org.casework");

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void setUp() {
        Function0<UI> ui = MockedUI::new;
        MockVaadin.setup(ui, new MockSpringServlet(ROUTES, context, ui));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs in as a demo user with the roles stored for them. */
    private void login(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        List<String> roles = user.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length())).toList();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    @Test
    void anAdministratorUploadsALedgerAndSeesTheCountsAndTheHistory() {
        login("admin");
        UI.getCurrent().navigate(LedgerImportView.class);
        _get(LedgerImportView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("ledger-template")).getHref()).isNotBlank();
        Grid<?> history = _get(Grid.class, spec -> spec.withId("import-history"));
        int before = GridKt._size(history);

        UploadKt._upload(_get(Upload.class), "机构.zip", "application/zip", zip("组织机构.csv",
                "代码,名称,上级代码,类型\r\nUI1,界面测试区,320599,其他\r\nUI1-1,界面测试街道,UI1,街道\r\n"));
        waitFor(() -> !_find(Grid.class, spec -> spec.withId("import-counts")).isEmpty());

        @SuppressWarnings("unchecked")
        Grid<LedgerImportResult.SheetCount> counts = _get(Grid.class, spec -> spec.withId("import-counts"));
        assertThat(GridKt._get(counts, 0)).isEqualTo(new LedgerImportResult.SheetCount("组织机构", 2, 0, 0));
        assertThat(GridKt._size(history)).isEqualTo(before + 1);
    }

    @Test
    void aRejectedLedgerShowsEveryErrorInTheTable() {
        login("leader");
        UI.getCurrent().navigate(LedgerImportView.class);
        UploadKt._upload(_get(Upload.class), "错.zip", "application/zip", zip("组织机构.csv",
                "代码,名称,上级代码,类型\r\nUI2,界面区,320599,区\r\nUI2-1,界面街道,UI9,街道\r\n"));
        waitFor(() -> !_find(Grid.class, spec -> spec.withId("import-errors")).isEmpty());

        @SuppressWarnings("unchecked")
        Grid<LedgerError> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
        assertThat(GridKt._size(errors)).isEqualTo(2);
        assertThat(GridKt._get(errors, 0).row()).isEqualTo(2);
        assertThat(GridKt._get(errors, 1).message()).contains("UI9");
        assertThat(_get(Div.class, spec -> spec.withId("import-status")).getElement().getTextRecursively()).contains("2 处错误");
    }

    @Test
    void otherRolesNeitherSeeNorOpenThePage() {
        login("leader");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).contains("/import");
        login("officer");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).doesNotContain("/import");
        // Vaadin reroutes to its access-denied route; Karibu's stand-in for it raises the refusal
        Throwable refused = catchThrowable(() -> UI.getCurrent().navigate(LedgerImportView.class));
        if (refused != null) {
            assertThat(refused).hasMessageContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(LedgerImportView.class::isInstance);
    }

    /** Runs the UI's pending access() tasks until the background import has shown its outcome. */
    private static void waitFor(Supplier<Boolean> done) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!done.get()) {
            assertThat(System.currentTimeMillis()).as("import finished in time").isLessThan(deadline);
            MockVaadin.clientRoundtrip();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static byte[] zip(String name, String csv) {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            try (var zip = new java.util.zip.ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write(csv.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
