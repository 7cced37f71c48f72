package org.casework.enforcement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.enforcement.CaseWork;
import org.casework.enforcement.EvidenceKind;
import org.casework.enforcement.PenaltyCaseStatus;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.party.PartyKind;
import org.casework.staff.OfficerRef;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.Test;

/**
 * A general-procedure case walks from a new lead to its prior notice through the screens, each step by
 * the person whose step it is; an on-the-spot fine is decided through its screen; people outside the
 * step or the scope get no form.
 */
class CaseWorkViewTest extends CaseScreensTestBase {

    @Test
    void aGeneralCaseWalksToItsPriorNoticeThroughTheScreens() {
        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("enforcement/leads/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("案由")), "占道经营");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("线索内容")), "巡查发现当事人在人行道摆摊");
        _click(_get(Button.class, spec -> spec.withId("register-lead")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("enforcement/work/");
        long id = Long.parseLong(path.substring("enforcement/work/".length()));
        _get(VerticalLayout.class, spec -> spec.withId("step-" + GeneralPenaltyProcedure.TASK_CHECK_LEAD));

        // the check finds the party and the date of the act
        _setValue(_get(TextArea.class, spec -> spec.withLabel("核查情况")), "经核查，当事人在人行道摆摊经营属实");
        _setValue(_get(TextField.class, spec -> spec.withLabel("涉嫌违反的规定")), "《城市市容和环境卫生管理条例》第十七条");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("违法行为日期")), clock.today().minusDays(3));
        _setValue(comboBox("当事人类型"), PartyKind.PERSON);
        _setValue(_get(TextField.class, spec -> spec.withLabel("当事人")), "界面甲");
        _click(_get(Button.class, spec -> spec.withId("step-check-lead-file")));
        assertThat(step(id)).isEqualTo(GeneralPenaltyProcedure.TASK_APPROVE_FILING);
        _assertNone(Button.class, spec -> spec.withId("step-approve-filing"));    // the officer may not approve

        KaribuSupport.signIn(users, "head");
        UI.getCurrent().navigate("enforcement/work/" + id);
        var team = officers.onDuty(jd1).stream().filter(o -> Set.of("李明", "赵强").contains(o.name()))
                .collect(Collectors.toMap(OfficerRef::name, o -> o));
        _setValue(comboBox("主办人员"), team.get("李明"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OfficerRef> assistants = _get(MultiSelectComboBox.class, spec -> spec.withLabel("承办人员（两名以上，持有效执法证）"));
        _setValue(assistants, Set.copyOf(team.values()));
        _click(_get(Button.class, spec -> spec.withId("step-approve-filing")));
        assertThat(step(id)).isEqualTo(GeneralPenaltyProcedure.TASK_INVESTIGATE_CASE);

        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("enforcement/work/" + id);
        _setValue(comboBox("证据种类"), EvidenceKind.SITE_RECORD);
        _setValue(_get(TextField.class, spec -> spec.withLabel("证据名称")), "现场检查笔录");
        _click(_get(Button.class, spec -> spec.withId("step-add-evidence")));
        _click(_get(Button.class, spec -> spec.withId("step-finish-investigation")));
        assertThat(step(id)).isEqualTo(GeneralPenaltyProcedure.TASK_REPORT_INVESTIGATION);

        _setValue(_get(TextArea.class, spec -> spec.withLabel("违法事实")), "当事人在幸福路人行道摆摊经营，经责令改正拒不改正");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("证据")), "现场检查笔录");
        _setValue(_get(TextField.class, spec -> spec.withLabel("违反的规定")), "《城市市容和环境卫生管理条例》第十七条第一款");
        _setValue(_get(TextField.class, spec -> spec.withLabel("处罚依据")), "《城市市容和环境卫生管理条例》第三十六条");
        _setValue(_get(TextField.class, spec -> spec.withLabel("裁量情节")), "首次违法，情节一般");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("罚款金额（元）")), new BigDecimal("500"));
        _click(_get(Button.class, spec -> spec.withId("step-submit-report")));
        assertThat(step(id)).isEqualTo(GeneralPenaltyProcedure.TASK_REVIEW_CASE);

        KaribuSupport.signIn(users, "reviewer");
        UI.getCurrent().navigate("enforcement/work/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("执法主体与程序")), "本机关具有管辖权，执法人员持证执法");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("事实、证据与法律适用")), "事实清楚，证据充分");
        _click(_get(Button.class, spec -> spec.withId("step-submit-review")));
        assertThat(step(id)).isEqualTo(GeneralPenaltyProcedure.TASK_APPROVE_PROPOSAL);

        KaribuSupport.signIn(users, "head");
        UI.getCurrent().navigate("enforcement/work/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-approve-proposal")));
        assertThat(step(id)).isEqualTo(GeneralPenaltyProcedure.TASK_NOTIFY_PARTY);

        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("enforcement/work/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-notice")));
        assertThat(step(id)).isEqualTo(GeneralPenaltyProcedure.TASK_HEAR_PARTY);
        _get(VerticalLayout.class, spec -> spec.withId("step-" + GeneralPenaltyProcedure.TASK_HEAR_PARTY));
        SignIn.as(users, "officer");
        CaseWork work = workflow.work(id);
        assertThat(work.record().form().partyName()).isEqualTo("界面甲");
        assertThat(work.record().form().filedDate()).isEqualTo(clock.today());
        assertThat(work.procedure().noticeServedOn()).isEqualTo(clock.today());
        assertThat(work.timeline()).extracting(t -> t.step()).isNotEmpty();
    }

    @Test
    void anOnTheSpotFineIsDecidedThroughItsScreen() {
        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("enforcement/on-the-spot");
        var team = officers.onDuty(jd1).stream().filter(o -> Set.of("李明", "赵强").contains(o.name())).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OfficerRef> picker = _get(MultiSelectComboBox.class, spec -> spec.withLabel("执法人员（两名以上）"));
        _setValue(picker, team);
        _setValue(_get(TextField.class, spec -> spec.withLabel("当事人")), "当场乙");
        _setValue(_get(TextField.class, spec -> spec.withLabel("案由")), "乱扔垃圾");
        _setValue(_get(TextField.class, spec -> spec.withLabel("违法行为地点")), "幸福路18号");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("违法事实")), "当事人在幸福路随地丢弃垃圾");
        _setValue(_get(TextField.class, spec -> spec.withLabel("违反的规定")), "《城市市容和环境卫生管理条例》第三十二条");
        _setValue(_get(TextField.class, spec -> spec.withLabel("处罚依据")), "《城市市容和环境卫生管理条例》第三十四条");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("罚款金额（元，警告则留空）")), new BigDecimal("50"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("当事人陈述申辩")), "当事人无异议");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("已出示执法证件")), true);
        _click(_get(Button.class, spec -> spec.withId("decide-on-the-spot")));

        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("enforcement/work/");
        long id = Long.parseLong(path.substring("enforcement/work/".length()));
        SignIn.as(users, "officer");
        CaseWork work = workflow.work(id);
        assertThat(work.record().form().decisionDate()).isEqualTo(clock.today());
        assertThat(work.record().status()).isNotEqualTo(PenaltyCaseStatus.LEAD);
    }

    @Test
    void anOfficerOfAnotherStreetIsRefusedTheWorkPage() {
        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("enforcement/leads/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("案由")), "越权查看");
        _click(_get(Button.class, spec -> spec.withId("register-lead")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        KaribuSupport.signIn(users, "officer3");
        UI.getCurrent().navigate(path);
        assertThat(_get(Paragraph.class, spec -> spec.withId("work-refusal")).getText()).contains("不在您的机构范围内");
        _assertNone(VerticalLayout.class, spec -> spec.withId("step-" + GeneralPenaltyProcedure.TASK_CHECK_LEAD));
    }
}
