package org.casework.mediation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.casework.KaribuViews;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.DocumentType;
import org.casework.documents.IssuedDocument;
import org.casework.mediation.DisputeDetail;
import org.casework.mediation.DisputeOutcome;
import org.casework.mediation.ConfirmationResult;
import org.casework.mediation.DisputeService;
import org.casework.mediation.FollowUpDetail;
import org.casework.mediation.MediationStep;
import org.casework.mediation.Performance;
import org.casework.mediation.SessionResult;
import org.casework.mediation.process.DisputeMediationProcess;
import org.casework.mediation.ui.steps.StepForms;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.staff.MediatorDetail;
import org.casework.staff.MediatorForm;
import org.casework.staff.MediatorService;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The mediator's screens without a browser: intake, then each step's form on the dispute page, to a written
 * agreement, the follow-up visit, the judicial confirmation and the archive; what a head and a leader may do there.
 */
@SpringBootTest
@ActiveProfiles("test")
class DisputeViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired DisputeService disputes;
    @Autowired DocumentService documents;
    @Autowired MediatorService mediators;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired Clock clock;

    String mediatorName;

    @BeforeEach
    void setUp() {
        SignIn.as(users, "admin");
        mediatorName = "界面调解员" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        mediators.create(new MediatorForm(orgs.requireByCode("320599001-TW").id(), mediatorName, true, LocalDate.now().minusYears(1), null));
        KaribuViews.start(ctx, "mediator");
    }

    @AfterEach
    void tearDown() {
        KaribuViews.stop();
    }

    @SuppressWarnings("unchecked")
    long intake(String applicant) {
        UI.getCurrent().navigate("mediation/disputes/intake");
        ComboBox<OrgRef> body = _get(ComboBox.class, s -> s.withId("body"));
        _setValue(body, body.getListDataView().getItems().filter(o -> o.code().equals("320599001-TW")).findFirst().orElseThrow());
        _setValue(_get(ComboBox.class, s -> s.withId("category")), "邻里");
        _setValue(_get(TextField.class, s -> s.withId("party-name-0")), applicant);
        _setValue(_get(TextField.class, s -> s.withId("party-name-1")), "界面被申请人");
        _setValue(_get(TextArea.class, s -> s.withId("request")), "请求修复排水管");
        _setValue(_get(TextArea.class, s -> s.withId("facts")), "楼上漏水");
        _click(_get(Button.class, s -> s.withId("save-intake")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).as(NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList().toString())
                .matches("mediation/disputes/\\d+");
        return Long.parseLong(path.substring("mediation/disputes/".length()));
    }

    void submit() {
        _click(_get(Button.class, s -> s.withId("step-submit")));
    }

    /** Intake, willingness, registration, assignment, one session and a signed written agreement, all through the forms. */
    @SuppressWarnings("unchecked")
    long toWrittenAgreement(String applicant) {
        long id = intake(applicant);
        submit();                                                            // all parties accept
        _setValue(_get(Checkbox.class, s -> s.withId("rights-notice")), true);
        submit();                                                            // accepted, notices issued
        CheckboxGroup<MediatorDetail> group = _get(CheckboxGroup.class, s -> s.withId("mediators"));
        MediatorDetail mine = group.getListDataView().getItems().filter(m -> m.name().equals(mediatorName)).findFirst().orElseThrow();
        _setValue(group, Set.of(mine));
        submit();
        _setValue(_get(TextField.class, s -> s.withId("place")), "调解室");
        _setValue(_get(TextArea.class, s -> s.withId("record")), "调解员：请双方陈述。\n" + applicant + "：要求赔偿。");
        _setValue(_get(TextField.class, s -> s.withId("result")), "达成一致");
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("next")), SessionResult.WRITTEN);
        submit();
        _setValue(_get(TextField.class, s -> s.withId("disputed-matters")), "维修与赔偿");
        _setValue(_get(TextArea.class, s -> s.withId("responsibilities")), "被申请人负责");
        _setValue(_get(TextArea.class, s -> s.withId("terms")), "被申请人修复排水管\n被申请人赔偿1000元");
        _setValue(_get(TextField.class, s -> s.withId("performance-method")), "现金");
        _setValue(_get(DatePicker.class, s -> s.withId("performance-deadline")), LocalDate.now().plusDays(10));
        _setValue(_get(BigDecimalField.class, s -> s.withId("amount")), new BigDecimal("1000"));
        _setValue(_get(Checkbox.class, s -> s.withId("signed-by-all")), true);
        submit();
        return id;
    }

    @Test
    void aMediatorWorksADisputeToAWrittenAgreementThroughTheForms() {
        long id = toWrittenAgreement("界面申请人");

        DisputeDetail d = disputes.get(id);
        assertThat(d.outcome()).isEqualTo(DisputeOutcome.WRITTEN);
        assertThat(d.agreementAmount()).isEqualByComparingTo("1000");
        assertThat(_get(Span.class, s -> s.withId("dispute-status")).getText()).isEqualTo("达成协议");
        assertThat(documents.list(CaseKind.DISPUTE, id)).extracting(IssuedDocument::type).contains(DocumentType.MEDIATION_AGREEMENT);
    }

    /** The step's form on the dispute page (each open step has its own, with its own submit button). */
    static Component stepForm(MediationStep step) {
        return _get(Component.class, s -> s.withId(StepForms.idOf(step)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterTheAgreementTheVisitJudicialConfirmationAndArchiveAreDoneOnTheDisputePage() {
        long id = toWrittenAgreement("界面申请人三");
        stepForm(MediationStep.RECORD_CONFIRMATION_APPLICATION);
        assertThat(_find(Component.class, s -> s.withId(StepForms.idOf(MediationStep.VISIT_PARTIES)))).as("the visit waits for its date").isEmpty();

        // the follow-up date has come (the job executor is off in tests): both steps are open side by side
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputes.get(id).disputeNo()).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(pi)
                .activityId(DisputeMediationProcess.TIMER_FOLLOW_UP_DUE).singleResult().getId());
        UI.getCurrent().navigate("mediation/disputes");
        UI.getCurrent().navigate("mediation/disputes/" + id);

        Component visit = stepForm(MediationStep.VISIT_PARTIES);
        _setValue(_get(visit, ComboBox.class, s -> s.withId("performance")), Performance.PERFORMED);
        _setValue(_get(visit, ComboBox.class, s -> s.withId("satisfaction")), "满意");
        _click(_get(visit, Button.class, s -> s.withId("step-submit")));

        Component confirmation = stepForm(MediationStep.RECORD_CONFIRMATION_APPLICATION);
        _setValue(_get(confirmation, TextField.class, s -> s.withId("court")), "滨湖新区人民法院");
        _click(_get(confirmation, Button.class, s -> s.withId("step-submit")));

        Component decision = stepForm(MediationStep.RECORD_COURT_DECISION);
        _setValue(_get(decision, RadioButtonGroup.class, s -> s.withId("court-result")), ConfirmationResult.CONFIRMED);
        _click(_get(decision, Button.class, s -> s.withId("step-submit")));

        _click(_get(stepForm(MediationStep.ARCHIVE_CASE_FILE), Button.class, s -> s.withId("step-submit")));

        assertThat(_find(Button.class, s -> s.withId("step-submit"))).isEmpty();
        assertThat(_get(Div.class, s -> s.withId("open-steps")).getElement().getTextRecursively()).contains("调解流程已结束");
        DisputeDetail d = disputes.get(id);
        assertThat(d.judicialConfirmationDate()).isEqualTo(LocalDate.now(clock));
        assertThat(d.followUps()).extracting(FollowUpDetail::performance).containsExactly(Performance.PERFORMED);
        assertThat(documents.list(CaseKind.DISPUTE, id)).extracting(IssuedDocument::type).contains(DocumentType.FOLLOW_UP_RECORD);
    }

    @Test
    void aHeadSeesTheFormOnlyOfTheAssignmentAndALeaderReadsWithoutForms() {
        long id = intake("界面申请人四");
        KaribuViews.stop();
        KaribuViews.start(ctx, "head");
        UI.getCurrent().navigate("mediation/disputes/" + id);
        assertThat(_find(Component.class, s -> s.withId(StepForms.idOf(MediationStep.CHECK_WILLINGNESS)))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("extend-early"))).isEmpty();

        KaribuViews.stop();
        KaribuViews.start(ctx, "mediator");
        UI.getCurrent().navigate("mediation/disputes/" + id);
        submit();
        _setValue(_get(Checkbox.class, s -> s.withId("rights-notice")), true);
        submit();

        KaribuViews.stop();
        KaribuViews.start(ctx, "head");
        UI.getCurrent().navigate("mediation/disputes/" + id);
        stepForm(MediationStep.ASSIGN_MEDIATORS);
        assertThat(_find(Button.class, s -> s.withId("extend-early"))).as("an extension is the mediators' act").isEmpty();

        KaribuViews.stop();
        KaribuViews.start(ctx, "leader");
        UI.getCurrent().navigate("mediation/disputes/" + id);
        assertThat(_get(Span.class, s -> s.withId("dispute-status")).getText()).isEqualTo("已受理");
        assertThat(_find(Button.class, s -> s.withId("step-submit"))).isEmpty();
    }

    @Test
    void aRefusedStepSaysWhichArticleItBreaks() {
        intake("界面申请人二");
        submit();
        submit();                                                            // without the notice of rights
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text", "")).contains("第二十三条"));
    }
}
