package org.casework.mediation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.casework.KaribuViews;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.DocumentType;
import org.casework.documents.IssuedDocument;
import org.casework.mediation.DisputeDetail;
import org.casework.mediation.DisputeOutcome;
import org.casework.mediation.DisputeService;
import org.casework.mediation.SessionResult;
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

/** The mediator's screens without a browser: intake, then each step's form on the dispute page, to a written agreement. */
@SpringBootTest
@ActiveProfiles("test")
class DisputeViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired DisputeService disputes;
    @Autowired DocumentService documents;
    @Autowired MediatorService mediators;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;

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

    @Test
    @SuppressWarnings("unchecked")
    void aMediatorWorksADisputeToAWrittenAgreementThroughTheForms() {
        long id = intake("界面申请人");
        submit();                                                            // all parties accept
        _setValue(_get(Checkbox.class, s -> s.withId("rights-notice")), true);
        submit();                                                            // accepted, notices issued
        CheckboxGroup<MediatorDetail> group = _get(CheckboxGroup.class, s -> s.withId("mediators"));
        MediatorDetail mine = group.getListDataView().getItems().filter(m -> m.name().equals(mediatorName)).findFirst().orElseThrow();
        _setValue(group, Set.of(mine));
        submit();
        _setValue(_get(TextField.class, s -> s.withId("place")), "调解室");
        _setValue(_get(TextArea.class, s -> s.withId("record")), "调解员：请双方陈述。\n界面申请人：要求赔偿。");
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

        DisputeDetail d = disputes.get(id);
        assertThat(d.outcome()).isEqualTo(DisputeOutcome.WRITTEN);
        assertThat(d.agreementAmount()).isEqualByComparingTo("1000");
        assertThat(_get(Span.class, s -> s.withId("dispute-status")).getText()).isEqualTo("达成协议");
        assertThat(documents.list(CaseKind.DISPUTE, id)).extracting(IssuedDocument::type).contains(DocumentType.MEDIATION_AGREEMENT);
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
