package org.casework.enforcement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.enforcement.CaseDriver;
import org.casework.enforcement.CaseWork;
import org.casework.enforcement.HearingOutcome;
import org.casework.enforcement.PauseKind;
import org.casework.enforcement.PenaltyType;
import org.casework.enforcement.PreservationDecision;
import org.casework.enforcement.ProposedPenalty;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.staff.OfficerRef;
import org.junit.jupiter.api.Test;

/**
 * The steps after the prior notice and the measures besides the next step, worked through the case's
 * work page: a hearing scheduled and held, the statements reviewed (a heavier proposal refused), the
 * collective discussion; preserved evidence, pauses, extensions, seizure, recusal, deferral and a
 * changed decision. The service's refusals show as notifications naming the article.
 */
class CaseWorkStepsViewTest extends CaseScreensTestBase {

    @Test
    void aHearingIsScheduledHeldAndTheStatementsReviewedThroughTheScreens() {
        long id = drive.toPriorNotice("听证甲", "8000");
        drive.notifyParty(id);
        open("officer", id);
        _setValue(_get(TextField.class, spec -> spec.withLabel("陈述申辩内容 / 放弃说明")), "罚款过重，请求减轻");
        _click(_get(Button.class, spec -> spec.withId("step-record-statement")));
        _click(_get(Button.class, spec -> spec.withId("step-record-hearing-request")));
        clock.advanceDays(10);
        open("officer", id);
        _click(_get(Button.class, spec -> spec.withId("step-close-windows")));
        assertStep(id, GeneralPenaltyProcedure.TASK_SCHEDULE_HEARING);

        @SuppressWarnings("unchecked")
        ComboBox<OfficerRef> presider = _get(ComboBox.class, spec -> spec.withLabel("听证主持人（非本案调查人员）"));
        assertThat(presider.getListDataView().getItems().map(OfficerRef::name)).contains("王磊").doesNotContain("李明", "赵强");
        _setValue(presider, presider.getListDataView().getItems().filter(o -> o.name().equals("王磊")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("听证地点")), "东湖街道综合执法队听证室");
        DateTimePicker at = _get(DateTimePicker.class, spec -> spec.withLabel("听证时间（通知送达后七日以后）"));
        _setValue(at, clock.today().plusDays(3).atTime(9, 0));
        _click(_get(Button.class, spec -> spec.withId("step-schedule-hearing")));
        assertThat(notifications()).anySatisfy(t -> assertThat(t).contains("第六十四条"));
        assertStep(id, GeneralPenaltyProcedure.TASK_SCHEDULE_HEARING);
        LocalDateTime hearingAt = clock.today().plusDays(14).atTime(9, 0);
        _setValue(at, hearingAt);
        _click(_get(Button.class, spec -> spec.withId("step-schedule-hearing")));
        assertStep(id, GeneralPenaltyProcedure.TASK_HOLD_HEARING);

        clock.setDay(hearingAt.toLocalDate().plusDays(1));
        open("officer", id);
        assertThat(_get(DateTimePicker.class, spec -> spec.withLabel("开始时间")).getValue()).isEqualTo(hearingAt);
        _setValue(_get(TextField.class, spec -> spec.withLabel("记录员")), "陈静");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("听证笔录要点（每行一人：发言人：内容）")),
                "调查人员：当事人占道经营事实清楚\n当事人：初次违法，请求从轻");
        _click(_get(Button.class, spec -> spec.withId("step-hold-hearing")));
        assertStep(id, GeneralPenaltyProcedure.TASK_REVIEW_STATEMENTS);

        open("officer", id);
        _setValue(_get(Checkbox.class, spec -> spec.withId("adopt-0")), true);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("复核意见")), "当事人系初次违法，采纳从轻意见");
        BigDecimalField revised = _get(BigDecimalField.class, spec -> spec.withLabel("调整后的罚款金额（元，不调整则留空）"));
        _setValue(revised, new BigDecimal("10000"));
        _click(_get(Button.class, spec -> spec.withId("step-review-statements")));
        assertThat(notifications()).anySatisfy(t -> assertThat(t).contains("第四十五条"));
        assertStep(id, GeneralPenaltyProcedure.TASK_REVIEW_STATEMENTS);
        _setValue(revised, new BigDecimal("6000"));
        _click(_get(Button.class, spec -> spec.withId("step-review-statements")));
        assertStep(id, GeneralPenaltyProcedure.TASK_DECIDE_CASE);

        CaseWork work = read(id);
        assertThat(work.procedure().hearingOutcome()).isEqualTo(HearingOutcome.HELD);
        assertThat(work.record().form().hearingDate()).isEqualTo(hearingAt.toLocalDate());
        assertThat(work.procedure().proposedPenalties()).extracting(ProposedPenalty::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("6000"));
        assertThat(work.record().form().defences()).singleElement().satisfies(d -> assertThat(d.adopted()).isTrue());
        assertThat(work.pauses()).anySatisfy(p -> assertThat(p.kind()).isEqualTo(PauseKind.HEARING));
    }

    @Test
    void theHeadsRecordTheCollectiveDiscussionOfAComplexCaseOnItsPage() {
        long id = drive.lead("讨论乙");
        drive.check(id);
        drive.file(id);
        drive.investigate(id);
        drive.as("officer");
        workflow.submitReport(id, CaseDriver.report(List.of(ProposedPenalty.fine("3000")), null, true));
        drive.review(id, org.casework.documents.forms.ReviewConclusion.AGREE);
        drive.approve(id);
        drive.notifyParty(id);
        drive.letWindowsRunOut(id);
        assertStep(id, GeneralPenaltyProcedure.TASK_DISCUSS_CASE);

        open("head", id);
        _setValue(_get(TextField.class, spec -> spec.withLabel("讨论地点")), "街道办事处会议室");
        _setValue(_get(TextField.class, spec -> spec.withLabel("主持人")), "刘洋");
        _setValue(_get(TextField.class, spec -> spec.withLabel("记录人")), "陈静");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("案件情况汇报")), "承办人员汇报案件事实、证据和处理意见");
        _setValue(_get(TextField.class, spec -> spec.withLabel("出席人员（以顿号或逗号分隔）")), "刘洋、张华、陈静");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("讨论意见（每行一人：姓名：意见）")), "张华：同意\n陈静：同意");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("讨论决定")), "同意处以罚款3000元");
        _click(_get(Button.class, spec -> spec.withId("step-discuss")));
        assertStep(id, GeneralPenaltyProcedure.TASK_DECIDE_CASE);
        assertThat(read(id).record().form().discussions()).singleElement()
                .satisfies(d -> assertThat(d.meetingDate()).isEqualTo(clock.today()));
    }

    @Test
    void evidencePausesExtensionsSeizureAndRecusalAreWorkedBesidesTheInvestigation() {
        long id = drive.lead("措施丙");
        drive.check(id);
        drive.file(id);
        open("officer", id);
        Details preserve = opened("action-preserve");
        _setValue(_get(preserve, TextField.class, spec -> spec.withLabel("登记保存的物品")), "流动摊位一个、遮阳伞一把");
        _setValue(_get(preserve, TextField.class, spec -> spec.withLabel("批准的负责人（登录名）")), "head");
        _click(_get(preserve, Button.class, spec -> spec.withId("step-preserve")));
        assertThat(read(id).step(GeneralPenaltyProcedure.TASK_DECIDE_PRESERVED_EVIDENCE)).isPresent();
        _setValue(comboBox("处理决定"), PreservationDecision.SECURED);
        _click(_get(Button.class, spec -> spec.withId("step-decide-preservation")));
        assertThat(read(id).preservations()).singleElement().satisfies(p -> assertThat(p.decision()).isEqualTo(PreservationDecision.SECURED));

        Details pause = opened("action-pause");
        _setValue(_get(pause, ComboBox.class, spec -> spec.withLabel("暂停原因")), PauseKind.TESTING);
        _setValue(_get(pause, TextField.class, spec -> spec.withLabel("理由")), "送检摊位食品");
        _click(_get(pause, Button.class, spec -> spec.withId("step-pause")));
        assertThat(read(id).clock().paused()).isTrue();
        clock.advanceDays(5);
        open("officer", id);
        _click(_get(opened("action-resume"), Button.class, spec -> spec.withId("step-resume")));
        assertThat(read(id).clock().paused()).isFalse();
        assertThat(read(id).clock().pausedDays()).isEqualTo(5);

        Details recusal = opened("action-recusal");
        @SuppressWarnings("unchecked")
        ComboBox<Long> who = _get(recusal, ComboBox.class, spec -> spec.withLabel("申请回避的承办人员"));
        _setValue(who, drive.zhaoQiang);
        _setValue(_get(recusal, TextField.class, spec -> spec.withLabel("申请理由")), "与当事人系亲属");
        _click(_get(recusal, Button.class, spec -> spec.withId("step-request-recusal")));

        open("head", id);
        assertThat(read(id).step(GeneralPenaltyProcedure.TASK_DECIDE_RECUSAL)).isPresent();
        @SuppressWarnings("unchecked")
        ComboBox<OfficerRef> replacement = _get(ComboBox.class, spec -> spec.withLabel("接替的承办人员（决定回避时）"));
        _setValue(replacement, replacement.getListDataView().getItems().filter(o -> o.name().equals("王磊")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("step-grant-recusal")));
        assertThat(read(id).record().form().officers()).extracting(o -> o.officerId()).contains(drive.wangLei).doesNotContain(drive.zhaoQiang);

        Details extend = opened("action-extend");
        _setValue(_get(extend, TextField.class, spec -> spec.withLabel("延长理由")), "案情复杂，需进一步调查");
        _click(_get(extend, Button.class, spec -> spec.withId("step-extend-period")));
        assertThat(read(id).clock().extensions()).hasSize(1);
        extend = opened("action-extend");
        _setValue(_get(extend, IntegerField.class, spec -> spec.withLabel("延长天数")), 20);
        _setValue(_get(extend, TextField.class, spec -> spec.withLabel("延长理由")), "检测报告未出");
        _click(_get(extend, Button.class, spec -> spec.withId("step-extend-period")));
        assertThat(notifications()).anySatisfy(t -> assertThat(t).contains("集体讨论"));
        assertThat(read(id).clock().extensions()).hasSize(1);
        _setValue(_get(extend, Checkbox.class, spec -> spec.withLabel("经负责人集体讨论决定（负责人已批准延长过三十日的）")), true);
        _setValue(_get(extend, TextField.class, spec -> spec.withLabel("讨论地点")), "街道办事处会议室");
        _setValue(_get(extend, TextField.class, spec -> spec.withLabel("主持人")), "刘洋");
        _setValue(_get(extend, TextField.class, spec -> spec.withLabel("记录人")), "陈静");
        _setValue(_get(extend, TextField.class, spec -> spec.withLabel("出席人员（以顿号或逗号分隔）")), "刘洋、张华");
        _setValue(_get(extend, TextArea.class, spec -> spec.withLabel("案件情况汇报")), "检测机构尚未出具检测报告");
        _setValue(_get(extend, TextArea.class, spec -> spec.withLabel("讨论意见（每行一人：姓名：意见）")), "张华：同意延长");
        _setValue(_get(extend, TextArea.class, spec -> spec.withLabel("讨论决定")), "同意继续延长二十日");
        _click(_get(extend, Button.class, spec -> spec.withId("step-extend-period")));
        assertThat(read(id).clock().extensions()).as("notifications: %s", notifications()).hasSize(2);

        Details seize = opened("action-seize");
        _setValue(_get(seize, TextField.class, spec -> spec.withLabel("场所、设施或者财物")), "三轮车一辆");
        _click(_get(seize, Button.class, spec -> spec.withId("step-seize")));
        Details measures = opened("action-measures");
        _setValue(_get(measures, TextField.class, spec -> spec.withLabel("延长理由")), "需进一步检测");
        _click(_get(measures, Button.class, spec -> spec.withId("step-extend-measure")));
        assertThat(read(id).measures()).singleElement().satisfies(m -> assertThat(m.measure().extended()).isTrue());
        _click(_get(opened("action-measures"), Button.class, spec -> spec.withId("step-end-measure")));
        assertThat(read(id).measures()).singleElement().satisfies(m -> assertThat(m.measure().endedDate()).isEqualTo(clock.today()));
    }

    @Test
    void theHeadGrantsInstalmentsAndAChangedDecisionIsRecorded() {
        long id = drive.toDecision("分期丁", "1000");
        drive.decide(id, List.of(ProposedPenalty.fine("1000")));
        drive.serve(id);
        open("officer", id);
        assertThat(components(Details.class)).extracting(Component::getId).map(o -> o.orElse(""))
                .doesNotContain("action-deferral").contains("action-decision-change");

        open("head", id);
        Details deferral = opened("action-deferral");
        _click(_get(deferral, Button.class, spec -> spec.withId("step-defer")));
        assertThat(notifications()).anySatisfy(t -> assertThat(t).contains("申请理由"));
        _setValue(_get(deferral, TextField.class, spec -> spec.withLabel("当事人申请理由")), "经营困难，申请延期一个月");
        _click(_get(deferral, Button.class, spec -> spec.withId("step-defer")));
        CaseWork work = read(id);
        assertThat(work.money().instalments()).singleElement().satisfies(i -> assertThat(i.dueDate()).isEqualTo(clock.today().plusMonths(1)));
        assertThat(work.procedure().paymentDue()).isEqualTo(clock.today().plusMonths(1));

        open("officer", id);
        Details change = opened("action-decision-change");
        _setValue(_get(change, TextField.class, spec -> spec.withLabel("变更或撤销情况（如复议决定撤销）")), "复议机关决定变更罚款数额");
        _click(_get(change, Button.class, spec -> spec.withId("step-decision-change")));
        assertThat(read(id).procedure().decisionChangedOn()).isEqualTo(clock.today());
        assertThat(read(id).record().form().penaltyTypes()).contains(PenaltyType.FINE);
    }

    private Details opened(String id) {
        Details d = _get(Details.class, spec -> spec.withId(id));
        d.setOpened(true);
        return d;
    }

    private static <T extends Component> List<T> components(Class<T> type) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(type);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    private void assertStep(long id, String expected) {
        assertThat(step(id)).as("notifications: %s", notifications()).isEqualTo(expected);
    }
}
