package org.casework.petitions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.casework.KaribuViews;
import org.casework.org.OrgRef;
import org.casework.petitions.ChannelRef;
import org.casework.petitions.PetitionDetail;
import org.casework.petitions.PetitionFilter;
import org.casework.petitions.PetitionService;
import org.casework.petitions.PetitionStage;
import org.casework.petitions.PetitionStatus;
import org.casework.petitions.Rating;
import org.casework.petitions.PetitionTimelineEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The clerk's petition screens: registration, the petition page with its clocks, step forms and timeline, the list. */
@SpringBootTest
@ActiveProfiles("test")
class PetitionWorkflowViewsTest {

    @Autowired ApplicationContext ctx;
    @Autowired PetitionService petitions;

    @AfterEach
    void tearDown() {
        KaribuViews.stop();
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    PetitionDetail find(String no) {
        return petitions.search(new PetitionFilter(null, null, null, null, no), 0, 1).get(0);
    }

    @SuppressWarnings("unchecked")
    String register(LocalDate registered) {
        String no = unique("界面流程信-");
        UI.getCurrent().navigate("petitions/register");
        _setValue(_get(TextField.class, s -> s.withLabel("编号")), no);
        ComboBox<ChannelRef> channel = _get(ComboBox.class, s -> s.withLabel("渠道"));
        _setValue(channel, channel.getListDataView().getItems().filter(c -> c.code().equals("12345")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, s -> s.withLabel("信访人")), "郑某界面测试");
        _setValue(_get(TextField.class, s -> s.withLabel("事项摘要")), "小区噪音");
        _setValue(_get(DatePicker.class, s -> s.withLabel("登记日期")), registered);
        _click(_get(Button.class, s -> s.withId("register")));
        return no;
    }

    void step(String buttonId) {
        _click(_get(Button.class, s -> s.withId(buttonId)));
    }

    @Test
    void theRegistrationFormShowsTheDeadlinesAndRegistrationOpensThePetitionAtRouting() {
        KaribuViews.start(ctx, "clerk");
        UI.getCurrent().navigate("petitions/register");
        _setValue(_get(DatePicker.class, s -> s.withLabel("登记日期")), LocalDate.of(2024, 8, 2));
        assertThat(_get(DatePicker.class, s -> s.withLabel("登记日期")).getHelperText())
                .as("08-17 is a Saturday; 10-01 is National Day")
                .isEqualTo("告知期限 " + helperDate(2024, 8, 19) + "，办结期限 " + helperDate(2024, 10, 8));

        String no = register(LocalDate.of(2024, 8, 2));
        PetitionDetail p = find(no);
        assertThat(p.progress().stage()).isEqualTo(PetitionStage.ROUTING);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("petitions/" + p.id());
        assertThat(_get(Div.class, s -> s.withId("petition-clocks")).getElement().getTextRecursively()).contains("告知期限");
        assertThat(_get(Anchor.class, s -> s.withId("petitioner-link")).getHref()).isEqualTo("parties/" + p.petitionerPartyId());
        assertThat(_find(Button.class, s -> s.withId("step-route"))).hasSize(1);
    }

    static String helperDate(int y, int m, int d) {
        return org.casework.base.ui.Formats.date(LocalDate.of(y, m, d));
    }

    @Test
    void aClerkWorksThePetitionFromRoutingToTheReplyOnItsPage() {
        KaribuViews.start(ctx, "clerk");
        String no = register(LocalDate.of(2024, 6, 3));
        step("step-route");
        assertThat(find(no).progress().stage()).isEqualTo(PetitionStage.ACKNOWLEDGEMENT);
        step("step-acknowledge");
        assertThat(find(no).progress().stage()).isEqualTo(PetitionStage.HANDLING);

        step("step-close");
        assertThat(_get(TextArea.class, s -> s.withLabel("办理结果")).getErrorMessage()).isEqualTo("办理结果不能为空");
        _setValue(_get(TextArea.class, s -> s.withLabel("办理结果")), "已协调物业整改");
        step("step-close");
        PetitionDetail closed = find(no);
        assertThat(closed.progress().stage()).isEqualTo(PetitionStage.RATING);
        assertThat(closed.reply()).isEqualTo("已协调物业整改");

        Grid<PetitionTimelineEntry> timeline = _get(Grid.class, s -> s.withId("petition-timeline"));
        assertThat(GridKt._size(timeline)).isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClerkRefersThePetitionToMediationFromItsPage() {
        KaribuViews.start(ctx, "clerk");
        String no = register(LocalDate.of(2024, 6, 3));
        step("step-route");
        step("convert-dispute");
        ComboBox<OrgRef> body = _get(ComboBox.class, s -> s.withLabel("调解组织"));
        _setValue(body, body.getListDataView().getItems().filter(o -> o.code().equals("320599001-TW")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, s -> s.withLabel("编号")), unique("界面转调-"));
        ComboBox<String> category = _get(ComboBox.class, s -> s.withLabel("纠纷类别"));
        _setValue(category, "邻里");
        _click(_get(Button.class, s -> s.withId("refer-dispute")));

        PetitionDetail p = find(no);
        assertThat(p.progress().convertedDisputeId()).isNotNull();
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("petition-conversions"))
                .getElement().getTextRecursively()).contains("已转为调解案件");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClerkTurnsThePetitionIntoAnEnforcementLeadAndAHeadOpensTheCaseFromThePage() {
        KaribuViews.start(ctx, "clerk");
        String no = register(LocalDate.of(2024, 6, 3));
        step("step-route");
        step("convert-lead");
        ComboBox<OrgRef> org = _get(ComboBox.class, s -> s.withLabel("执法主体"));
        assertThat(org.getValue().code()).as("the clerk's own unit first").isEqualTo("320599001");
        assertThat(org.getListDataView().getItems().map(OrgRef::code)).as("no mediation body").doesNotContain("320599001-TW");
        _setValue(org, null);
        _click(_get(Button.class, s -> s.withId("refer-lead")));
        assertThat(org.isInvalid()).isTrue();
        assertThat(find(no).progress().convertedCaseId()).isNull();
        _setValue(org, org.getListDataView().getItems().filter(o -> o.code().equals("320599001")).findFirst().orElseThrow());
        assertThat(_get(TextField.class, s -> s.withLabel("案由")).getValue()).as("the petition's subject").isEqualTo("小区噪音");
        _click(_get(Button.class, s -> s.withId("refer-lead")));

        PetitionDetail p = find(no);
        Long caseId = p.progress().convertedCaseId();
        assertThat(caseId).isNotNull();
        String text = _get(Div.class, s -> s.withId("petition-lead")).getElement().getTextRecursively();
        assertThat(text).contains("已转为执法线索", "执〔");
        assertThat(_find(Anchor.class, s -> s.withId("lead-link"))).as("clerks do not open penalty cases").isEmpty();
        assertThat(_find(Button.class, s -> s.withId("convert-lead"))).as("once only").isEmpty();
        assertThat(_find(Button.class, s -> s.withId("convert-dispute"))).as("the referral to mediation stays open").hasSize(1);
        assertThat(pageText()).contains("转为执法线索");

        as("head", p.id());
        assertThat(_find(Button.class, s -> s.withId("convert-lead"))).as("heads do not convert").isEmpty();
        Anchor link = _get(Anchor.class, s -> s.withId("lead-link"));
        assertThat(link.getHref()).isEqualTo("enforcement/work/" + caseId);
        assertThat(_get(Div.class, s -> s.withId("petition-lead")).getElement().getTextRecursively()).contains("线索核查");
        UI.getCurrent().navigate(link.getHref());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(org.casework.enforcement.ui.CaseWorkView.class::isInstance);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsTheStepAndTheClock() {
        KaribuViews.start(ctx, "clerk");
        String no = register(LocalDate.of(2024, 6, 3));
        UI.getCurrent().navigate("petitions");
        _setValue(_get(TextField.class, s -> s.withLabel("编号、信访人或事项")), no);
        Grid<PetitionDetail> grid = _get(Grid.class, s -> s.withId("petitions"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).progress().stage()).isEqualTo(PetitionStage.ROUTING);
        assertThat(grid.getColumns()).extracting(c -> c.getHeaderText()).contains("办理环节", "期限", "标记");
    }

    void as(String user, long petitionId) {
        KaribuViews.stop();
        KaribuViews.start(ctx, user);
        UI.getCurrent().navigate("petitions/" + petitionId);
    }

    String pageText() {
        return _get(PetitionView.class).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeadApprovesTheExtensionAndTheReviewBodiesAnswerOnThePage() {
        KaribuViews.start(ctx, "clerk");
        String no = register(LocalDate.of(2024, 6, 3));
        step("step-route");
        step("step-acknowledge");
        _setValue(_get(TextArea.class, s -> s.withLabel("延期理由")), "涉及多个部门，需现场核查");
        step("step-extend");
        long id = find(no).id();
        assertThat(find(no).progress().stage()).isEqualTo(PetitionStage.EXTENSION_APPROVAL);
        assertThat(_find(Button.class, s -> s.withId("step-approve"))).as("a clerk does not approve").isEmpty();
        assertThat(pageText()).contains("您不是该环节的办理人");

        as("head", id);
        assertThat(_find(Button.class, s -> s.withId("convert-dispute"))).as("heads do not refer").isEmpty();
        assertThat(_find(Button.class, s -> s.withId("edit"))).isEmpty();
        step("step-approve");
        PetitionDetail extended = find(no);
        assertThat(extended.extended()).isTrue();
        assertThat(extended.progress().stage()).isEqualTo(PetitionStage.HANDLING);
        assertThat(_find(Button.class, s -> s.withId("step-close"))).as("the head does not answer petitions").isEmpty();

        as("clerk", id);
        assertThat(_find(Button.class, s -> s.withId("step-extend"))).as("one extension only").isEmpty();
        _setValue(_get(TextArea.class, s -> s.withLabel("办理结果")), "已协调相关部门处理");
        step("step-close");
        ComboBox<Rating> rating = _get(ComboBox.class, s -> s.withLabel("评价"));
        _setValue(rating, Rating.DISSATISFIED);
        step("step-rate");
        assertThat(find(no).progress().stage()).isEqualTo(PetitionStage.REVIEW_WINDOW);
        step("step-request-review");
        PetitionDetail inReview = find(no);
        assertThat(inReview.progress().stage()).isEqualTo(PetitionStage.REVIEW);
        assertThat(inReview.backlog()).isTrue();
        assertThat(_find(Button.class, s -> s.withId("step-review"))).as("the review body is the district").isEmpty();

        as("jd2leader", id);
        assertThat(pageText()).doesNotContain(no);
        assertThat(_find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("step-form"))).isEmpty();

        as("leader", id);
        _setValue(_get(TextArea.class, s -> s.withLabel("复查意见")), "维持原处理意见");
        step("step-review");
        assertThat(find(no).progress().stage()).isEqualTo(PetitionStage.REEXAMINATION_WINDOW);
        step("step-request-reexamination");
        _setValue(_get(TextArea.class, s -> s.withLabel("复核意见")), "复核认为处理意见正确，予以维持");
        step("step-reexamine");
        PetitionDetail finished = find(no);
        assertThat(finished.progress().stage()).isEqualTo(PetitionStage.FINISHED);
        assertThat(finished.status()).isEqualTo(PetitionStatus.CLOSED);
        assertThat(pageText()).contains("办理已终结", "维持原处理意见", "复核认为处理意见正确");
        Grid<PetitionTimelineEntry> timeline = _get(Grid.class, s -> s.withId("petition-timeline"));
        assertThat(GridKt._size(timeline)).isEqualTo(13);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHeadSeesThatAPetitionWasReferredButNotTheDisputeAndOtherRolesCannotOpenIt() {
        KaribuViews.start(ctx, "clerk");
        String no = register(LocalDate.of(2024, 6, 3));
        step("step-route");
        step("convert-dispute");
        ComboBox<OrgRef> body = _get(ComboBox.class, s -> s.withLabel("调解组织"));
        _setValue(body, body.getListDataView().getItems().filter(o -> o.code().equals("320599001-TW")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, s -> s.withLabel("编号")), unique("界面转调-"));
        ComboBox<String> category = _get(ComboBox.class, s -> s.withLabel("纠纷类别"));
        _setValue(category, "邻里");
        _click(_get(Button.class, s -> s.withId("refer-dispute")));
        long id = find(no).id();

        as("head", id);
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("petition-conversions"))
                .getElement().getTextRecursively()).contains("您无权查看该调解组织的案件");
        assertThat(_find(Div.class, s -> s.withId("petition-summary"))).hasSize(1);

        for (String user : new String[] {"officer", "mediator"}) {
            KaribuViews.stop();
            KaribuViews.start(ctx, user);
            // Vaadin reroutes to its access-denied route; Karibu's stand-in for it raises the refusal
            Throwable refused = catchThrowable(() -> UI.getCurrent().navigate("petitions/" + id));
            if (refused != null) {
                assertThat(refused).hasMessageContaining("AccessDeniedException");
            }
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(user)
                    .noneMatch(PetitionView.class::isInstance);
            Throwable registration = catchThrowable(() -> UI.getCurrent().navigate("petitions/register"));
            if (registration != null) {
                assertThat(registration).hasMessageContaining("AccessDeniedException");
            }
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(user)
                    .noneMatch(PetitionRegistrationView.class::isInstance);
        }
    }
}
