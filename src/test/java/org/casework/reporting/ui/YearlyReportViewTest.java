package org.casework.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.enforcement.PenaltyType.FINE;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.casework.reporting.DrillRow;
import org.casework.reporting.FigureTestBase;
import org.casework.reporting.ManualEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The leaders' screen 年度统计 in a mocked browser (Karibu): figures, drill-down, freeze, 填报. */
class YearlyReportViewTest extends FigureTestBase {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.casework");

    @Autowired
    ApplicationContext ctx;

    private YearlyReportView open(String username) {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        UserDetails user = userDetails.loadUserByUsername(username);
        var auth = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
        UI.getCurrent().navigate(YearlyReportView.class);
        return _get(YearlyReportView.class);
    }

    private void await(YearlyReportView view) {
        view.pending().join();
        MockVaadin.clientRoundtrip();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void showsTheFiguresOfTheChosenYearAndListsTheRecordsBehindThem() {
        long simple = fx.penaltyCase(tree.root()).simple().penalty("2020-03-01", "50", null, FINE).insert();
        fx.penaltyCase(tree.street()).filed("2020-01-01").penalty("2020-05-01", "52750", null, FINE).insert();
        fx.penaltyCase(tree.street()).filed("2019-01-01").penalty("2019-05-01", "10", null, FINE).insert();
        fx.litigation(tree.root(), "FIRST", "2020-01-01").set("hearing_date", "2020-02-01").set("head_appeared", true)
                .set("head_role", "OTHER_STAFF").insert();

        YearlyReportView view = open(tree.leader());
        assertThat(view.org.getValue().code()).isEqualTo(tree.root().code());
        view.year.setValue(2020);
        await(view);

        assertThat(_get(Button.class, s -> s.withId("value-penalty.decisions")).getText()).isEqualTo("2 件");
        assertThat(_get(Button.class, s -> s.withId("value-penalty.amount")).getText()).isEqualTo("52,800.00 元");
        assertThat(_get(Span.class, s -> s.withId("yoy-penalty.decisions")).getText()).isEqualTo("2019年 1　+1");
        assertThat(_get(Button.class, s -> s.withId("value-litigation.headAppearanceRate")).getText()).isEqualTo("0.0%");
        assertThat(_get(Button.class, s -> s.withId("den-litigation.headAppearanceRate")).getText()).isEqualTo("1");
        assertThat(_find(Span.class, s -> s.withText("行政处罚决定"))).isNotEmpty();

        _click(_get(Button.class, s -> s.withId("value-penalty.amount")));
        DrillDialog dialog = _get(DrillDialog.class);
        assertThat(GridKt._size(dialog.grid())).isEqualTo(2);
        DrillRow first = GridKt._get(dialog.grid(), 0);
        assertThat(first.id()).isEqualTo(simple);
        assertThat(first.route()).isEqualTo("enforcement/cases/" + simple);
        assertThat(dialog.total().amount()).isEqualByComparingTo("52800.00");
        dialog.close();

        _click(_get(Button.class, s -> s.withId("den-litigation.headAppearanceRate")));
        DrillDialog rate = _get(DrillDialog.class);
        assertThat(rate.total().size()).isEqualTo(1);
        assertThat(GridKt._get(rate.grid(), 0).route()).startsWith("remedies/litigations/");
        rate.close();

        view.subtree.setValue(false);
        await(view);
        assertThat(_get(Button.class, s -> s.withId("value-penalty.decisions")).getText()).isEqualTo("1 件");
    }

    @Test
    void aLeaderFreezesTheYearAndSeesWhereTheFiguresChangedLater() {
        fx.penaltyCase(tree.root()).simple().penalty("2020-03-01", "50", null, FINE).insert();
        YearlyReportView view = open(tree.leader());
        view.year.setValue(2020);
        await(view);
        assertThat(_get(Span.class, s -> s.withText("本年数据尚未冻结。"))).isNotNull();

        _click(view.freeze);
        _click(_get(Button.class, s -> s.withId("freeze-confirm")));
        await(view);
        assertThat(_get(Span.class, s -> s.withId("report-frozen-diff")).getText()).isEqualTo("当前计算结果与冻结时一致。");

        fx.penaltyCase(tree.squad()).simple().penalty("2020-04-01", "20", null, FINE).insert();
        view.refresh();
        await(view);
        assertThat(_get(Span.class, s -> s.withId("report-frozen-diff")).getText()).contains("有 ");
        assertThat(_get(Span.class, s -> s.withId("frozen-penalty.decisions")).getText()).isEqualTo("冻结时 1，现 2，+1");
        assertThat(_get(Span.class, s -> s.withId("frozen-penalty.amount")).getText()).isEqualTo("冻结时 50.00，现 70.00，+20.00");
        assertThat(view.report().frozen().orElseThrow().figures().get("penalty.decisions").value()).isEqualTo(1L);
    }

    @Test
    void aLeaderEntersNarrativeItemsShownApartAndMarkedAsEntered() {
        YearlyReportView view = open(tree.leader());
        view.year.setValue(2020);
        await(view);
        _click(_get(Button.class, s -> s.withId("entry-add")));
        _get(TextField.class, s -> s.withId("entry-item")).setValue("普法活动");
        _get(BigDecimalField.class, s -> s.withId("entry-quantity")).setValue(new BigDecimal("12"));
        _get(TextField.class, s -> s.withId("entry-unit")).setValue("场");
        _click(_get(Button.class, s -> s.withId("entry-save")));

        ManualEntriesPanel panel = _get(ManualEntriesPanel.class);
        assertThat(GridKt._size(panel.grid())).isEqualTo(1);
        ManualEntry entry = GridKt._get(panel.grid(), 0);
        assertThat(entry.item()).isEqualTo("普法活动");
        assertThat(entry.quantity()).isEqualByComparingTo("12");
        assertThat(view.report().now().figures()).doesNotContainKey("普法活动");

        _click(_get(Button.class, s -> s.withId("entry-add")));
        _click(_get(Button.class, s -> s.withId("entry-save")));
        assertThat(_get(TextField.class, s -> s.withId("entry-item")).isInvalid()).isTrue();
    }

    @Test
    void theScreenIsForLeadersAndAdministratorsOnly() {
        var allowed = YearlyReportView.class.getAnnotation(jakarta.annotation.security.RolesAllowed.class).value();
        assertThat(allowed).containsExactlyInAnyOrder("LEADER", "ADMIN");
        fx.signIn(tree.officer());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> figures.orgChoices())
                .isInstanceOf(org.casework.base.AccessDeniedException.class);
    }
}
