package org.casework.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.IssuedDocument;
import org.casework.documents.forms.OnTheSpotDecisionData;
import org.casework.documents.forms.PartyInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The documents of a case as a case screen shows them: list, preview, downloads, void with a reason. */
@SpringBootTest
@ActiveProfiles("test")
class DocumentsPanelTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.casework");

    @Autowired
    ApplicationContext ctx;
    @Autowired
    DocumentService documents;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.casework.org.OrgService orgs;

    @BeforeEach
    void setUp() {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        UserDetails officer = users.loadUserByUsername("officer");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    private IssuedDocument issueOnTheSpotDecision(long caseId, String party) {
        var form = new OnTheSpotDecisionData(PartyInfo.person(party, "320599199001011234", "滨湖新区东湖街道柳巷12号", null),
                LocalDateTime.of(2024, 2, 4, 10, 15), "湖滨路与柳巷交叉口", "流动设摊占道经营水果", "《城市市容和环境卫生管理条例》第十七条",
                "《城市市容和环境卫生管理条例》第三十六条", new BigDecimal("50"), true, false, null, List.of("李明", "赵强"),
                "滨湖新区人民政府", "滨湖新区人民法院");
        return documents.issue(orgs.requireByCode("320599001").id(), CaseKind.PENALTY_CASE, caseId, form);
    }

    private DocumentsPanel show(long caseId) {
        DocumentsPanel panel = new DocumentsPanel(documents, CaseKind.PENALTY_CASE, caseId);
        UI.getCurrent().add(panel);
        return panel;
    }

    @Test
    void listsTheDocumentsWithNumberAndIssuer() {
        long caseId = System.nanoTime() % 1_000_000_000L;
        IssuedDocument first = issueOnTheSpotDecision(caseId, "王小川");
        IssuedDocument second = issueOnTheSpotDecision(caseId, "王小山");

        DocumentsPanel panel = show(caseId);
        @SuppressWarnings("unchecked")
        Grid<IssuedDocument> grid = _get(panel, Grid.class);

        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "title")).isEqualTo("当场行政处罚决定书");
        assertThat(GridKt._getFormatted(grid, 0, "number")).isEqualTo(first.number());
        assertThat(GridKt._getFormatted(grid, 1, "number")).isEqualTo(second.number());
        assertThat(GridKt._getFormatted(grid, 0, "issuedBy")).isEqualTo("李明");
        assertThat(GridKt._getFormatted(grid, 0, "issuedAt")).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "status")).getText()).isEqualTo("有效");
        Component actions = GridKt._getCellComponent(grid, 0, "actions");
        assertThat(_find(actions, Anchor.class)).extracting(Anchor::getText).containsExactly("下载PDF", "下载Word");
        assertThat(panel.archive.isVisible()).isTrue();
    }

    @Test
    void previewOpensTheDocumentInADialog() {
        long caseId = System.nanoTime() % 1_000_000_000L;
        IssuedDocument d = issueOnTheSpotDecision(caseId, "王小川");
        @SuppressWarnings("unchecked")
        Grid<IssuedDocument> grid = _get(show(caseId), Grid.class);

        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, s -> s.withText("预览")));

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).contains("当场行政处罚决定书", d.number());
        assertThat(_get(dialog, IFrame.class).getSrc()).contains("VAADIN/dynamic");
    }

    @Test
    void voidingAsksForAReasonAndKeepsTheDocumentListed() {
        long caseId = System.nanoTime() % 1_000_000_000L;
        IssuedDocument d = issueOnTheSpotDecision(caseId, "王小川");
        DocumentsPanel panel = show(caseId);
        @SuppressWarnings("unchecked")
        Grid<IssuedDocument> grid = _get(panel, Grid.class);

        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, s -> s.withText("作废")));
        _setValue(_get(TextArea.class), "当事人姓名有误");
        _click(_get(Button.class, s -> s.withText("确认作废")));

        assertThat(documents.get(d.id()).voided()).isTrue();
        assertThat(documents.get(d.id()).voidReason()).isEqualTo("当事人姓名有误");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "status")).getText()).isEqualTo("已作废");
        assertThat(_find(GridKt._getCellComponent(grid, 0, "actions"), Button.class, s -> s.withText("作废"))).isEmpty();
        assertThat(panel.archive.isVisible()).as("no valid document left, no case file").isFalse();
    }

    @Test
    void anEmptyCaseSaysSo() {
        DocumentsPanel panel = show(System.nanoTime() % 1_000_000_000L);
        assertThat(_find(panel, Span.class)).extracting(Span::getText).contains("本案尚未签发文书。");
    }
}
