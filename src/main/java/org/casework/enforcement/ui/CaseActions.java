package org.casework.enforcement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.base.ui.Formats;
import org.casework.enforcement.CaseWork;
import org.casework.enforcement.CaseWork.NumberedMeasure;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.Instalment;
import org.casework.enforcement.MeasureType;
import org.casework.enforcement.Pause;
import org.casework.enforcement.PauseKind;
import org.casework.enforcement.PenaltyOutcome;
import org.casework.enforcement.WorkflowCommands;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.casework.staff.OfficerRef;

/**
 * What may happen to a general-procedure case besides its next step, each in a closed section of the
 * work page, offered only at the stage and to the role the law gives it: extending the lead check (head),
 * preserving evidence, seizure and its extension or release, a recusal request, terminating the
 * investigation (head), pausing and resuming the clock, extending the decision period (head; beyond 30
 * days by collective discussion), deferral or instalments (head) and a changed or revoked decision.
 * The service checks every rule again.
 */
final class CaseActions {

    private final EnforcementWorkflowService workflow;
    private final Clock clock;
    private final Runnable reload;

    CaseActions(EnforcementWorkflowService workflow, Clock clock, Runnable reload) {
        this.workflow = workflow;
        this.clock = clock;
        this.reload = reload;
    }

    /** The sections that apply to the case now for this user; empty when none does. */
    List<Component> sections(CaseWork work, UserContext user, Map<Long, OfficerRef> officers) {
        List<Component> out = new ArrayList<>();
        var form = work.record().form();
        long id = work.record().id();
        boolean head = user.has(Role.HEAD);
        boolean worker = head || user.has(Role.OFFICER);
        if (!work.isGeneral() || !worker) {
            return out;
        }
        boolean terminated = work.procedure().terminatedOn() != null;
        boolean investigating = form.filedDate() != null && form.decisionDate() == null && !terminated && work.processRunning();
        if (head && work.step(GeneralPenaltyProcedure.TASK_CHECK_LEAD).isPresent() && work.procedure().leadCheckExtendedOn() == null) {
            out.add(section("action-extend-lead-check", "延长核查期限", extendLeadCheck(id)));
        }
        if (investigating) {
            out.add(section("action-preserve", "先行登记保存证据", preserve(id, head)));
            if (head) {
                out.add(section("action-seize", "查封、扣押", seize(id)));
            }
            out.add(section("action-recusal", "登记回避申请", recusal(id, work, officers)));
            out.add(section("action-pause", "暂停计算办案期限（中止、公告、检测鉴定等）", pause(id, head, true)));
            if (head) {
                out.add(section("action-extend", "延长办案期限", extend(id)));
                out.add(section("action-terminate", "终止调查", terminate(id)));
            }
        }
        List<NumberedMeasure> running = work.measures().stream().filter(m -> m.measure().endedDate() == null).toList();
        if (!running.isEmpty()) {
            out.add(section("action-measures", "延长或解除强制措施", measures(id, running, head)));
        }
        List<Pause> runningPauses = work.pauses().stream().filter(p -> p.running() && p.kind() != PauseKind.HEARING).toList();
        if (!runningPauses.isEmpty()) {
            out.add(section("action-resume", "结束暂停，恢复计算", resume(id, runningPauses)));
        }
        boolean fined = form.outcome() == PenaltyOutcome.PENALTY && work.money() != null && work.money().payable().signum() > 0;
        if (fined && work.processRunning()) {
            out.add(section("action-surcharge-pause", "复议、诉讼期间暂停加处罚款", pause(id, head, false)));
        }
        if (head && work.step(GeneralPenaltyProcedure.TASK_COLLECT_PAYMENT).isPresent() && work.money().outstanding().signum() > 0) {
            out.add(section("action-deferral", "批准延期或分期缴纳", deferral(id, work)));
        }
        if (form.outcome() == PenaltyOutcome.PENALTY && work.procedure().decisionChangedOn() == null) {
            out.add(section("action-decision-change", "登记决定被变更或撤销", decisionChange(id)));
        }
        return out;
    }

    private Component extendLeadCheck(long id) {
        TextField reason = new TextField("延长理由");
        return row(reason, ActionButton.primary("extend-lead-check", "批准延长十五个工作日",
                () -> workflow.extendLeadCheck(id, reason.getValue()), "核查期限已延长", reload));
    }

    private Component preserve(long id, boolean head) {
        DatePicker on = day("登记保存日期");
        TextField items = new TextField("登记保存的物品");
        TextField approvedBy = new TextField("批准的负责人（登录名）");
        approvedBy.setVisible(!head);
        FormLayout form = new FormLayout(on, items, approvedBy);
        return new VerticalLayout(form, ActionButton.primary("preserve", "登记先行登记保存", () -> workflow.preserveEvidence(id,
                new WorkflowCommands.PreservationOrder(on.getValue(), items.getValue(), approvedBy.getValue())),
                "已登记，须在七个工作日内作出处理决定", reload));
    }

    private Component seize(long id) {
        ComboBox<MeasureType> type = new ComboBox<>("措施");
        type.setItems(MeasureType.SEAL, MeasureType.SEIZE);
        type.setItemLabelGenerator(MeasureType::label);
        type.setValue(MeasureType.SEIZE);
        DatePicker on = day("决定日期");
        TextField what = new TextField("场所、设施或者财物");
        return new VerticalLayout(new FormLayout(type, on, what), ActionButton.primary("seize", "登记查封、扣押",
                () -> workflow.seize(id, new WorkflowCommands.Seizure(type.getValue(), on.getValue(), what.getValue())),
                "已登记，期限三十日", reload));
    }

    private Component measures(long id, List<NumberedMeasure> running, boolean head) {
        ComboBox<NumberedMeasure> which = new ComboBox<>("强制措施");
        which.setItems(running);
        which.setItemLabelGenerator(m -> m.no() + ". " + m.measure().type().label() + " " + m.measure().description());
        which.setValue(running.get(0));
        TextField reason = new TextField("延长理由");
        DatePicker ended = day("解除日期");
        int[] no = {0};
        Runnable read = () -> no[0] = which.getValue() == null ? 0 : which.getValue().no();
        var extend = ActionButton.primary("extend-measure", "批准延长三十日", () -> {
            read.run();
            workflow.extendSeizure(id, no[0], reason.getValue());
        }, "强制措施期限已延长", reload);
        var end = ActionButton.secondary("end-measure", "登记解除", () -> {
            read.run();
            workflow.endSeizure(id, no[0], ended.getValue());
        }, "强制措施已解除", reload);
        extend.setVisible(head);
        reason.setVisible(head);
        return new VerticalLayout(new FormLayout(which, reason, ended), new HorizontalLayout(extend, end));
    }

    private Component recusal(long id, CaseWork work, Map<Long, OfficerRef> officers) {
        ComboBox<Long> officer = new ComboBox<>("申请回避的承办人员");
        officer.setItems(work.record().form().officers().stream().map(o -> o.officerId()).toList());
        officer.setItemLabelGenerator(o -> officers.containsKey(o) ? officers.get(o).label() : "执法人员" + o);
        DatePicker on = day("申请日期");
        TextField reason = new TextField("申请理由");
        return new VerticalLayout(new FormLayout(officer, on, reason), ActionButton.primary("request-recusal", "登记回避申请",
                () -> workflow.requestRecusal(id, new WorkflowCommands.RecusalApplication(officer.getValue() == null ? 0L : officer.getValue(),
                        on.getValue(), reason.getValue())), "已登记，由负责人决定", reload));
    }

    private Component pause(long id, boolean head, boolean decisionClock) {
        ComboBox<PauseKind> kind = new ComboBox<>("暂停原因");
        List<PauseKind> kinds = new ArrayList<>();
        for (PauseKind k : PauseKind.values()) {
            if (k != PauseKind.HEARING && k.stopsDecisionClock() == decisionClock && (head || k != PauseKind.SUSPENSION)) {
                kinds.add(k);
            }
        }
        kind.setItems(kinds);
        kind.setItemLabelGenerator(PauseKind::label);
        kind.setValue(kinds.get(0));
        DatePicker from = day("开始日期");
        TextField reason = new TextField("理由");
        String name = decisionClock ? "pause" : "pause-surcharge";
        return new VerticalLayout(new FormLayout(kind, from, reason), ActionButton.primary(name, "登记暂停",
                () -> workflow.pause(id, new WorkflowCommands.PauseStart(kind.getValue(), from.getValue(), reason.getValue())),
                "已登记，期间不计入", reload));
    }

    private Component resume(long id, List<Pause> running) {
        ComboBox<Pause> which = new ComboBox<>("暂停");
        which.setItems(running);
        which.setItemLabelGenerator(p -> p.kind().label() + "（" + p.from() + "起）");
        which.setValue(running.get(0));
        DatePicker on = day("恢复计算日期");
        return row(new FormLayout(which, on), ActionButton.primary("resume", "登记恢复", () -> workflow.resume(id,
                which.getValue() == null ? 0L : which.getValue().id(), on.getValue()), "已恢复计算", reload));
    }

    private Component extend(long id) {
        IntegerField days = new IntegerField("延长天数");
        days.setValue(30);
        TextField reason = new TextField("延长理由");
        Checkbox collective = new Checkbox("经负责人集体讨论决定（负责人已批准延长过三十日的）");
        DiscussionFields discussion = new DiscussionFields(clock);
        discussion.setVisible(false);
        collective.addValueChangeListener(e -> discussion.setVisible(e.getValue()));
        return new VerticalLayout(new FormLayout(days, reason, collective), discussion, ActionButton.primary("extend-period", "批准延长",
                () -> workflow.extendDecisionPeriod(id, new WorkflowCommands.ExtensionRequest(days.getValue() == null ? 0 : days.getValue(),
                        reason.getValue(), collective.getValue() ? discussion.value() : null)), "办案期限已延长", reload));
    }

    private Component terminate(long id) {
        TextField reason = new TextField("终止调查理由");
        reason.setWidth("30em");
        var button = ActionButton.primary("terminate", "决定终止调查", () -> workflow.terminateInvestigation(id, reason.getValue()),
                "已终止调查，请办理结案", reload);
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return row(reason, button);
    }

    private Component deferral(long id, CaseWork work) {
        LineEditor<Instalment> plan = new LineEditor<>("各期缴款（一期即为延期缴纳）", "增加一期", InstalmentLine::new);
        plan.setValues(List.of(new Instalment(LocalDate.now(clock).plusMonths(1), work.money().outstanding())));
        TextField reason = new TextField("当事人申请理由");
        return new VerticalLayout(plan, reason, ActionButton.primary("defer", "批准", () -> workflow.grantDeferral(id,
                new WorkflowCommands.Deferral(plan.values(), reason.getValue())), "已批准，缴款期限已调整", reload));
    }

    private Component decisionChange(long id) {
        DatePicker on = day("变更或撤销日期");
        TextField note = new TextField("变更或撤销情况（如复议决定撤销）");
        note.setWidth("30em");
        return row(new FormLayout(on, note), ActionButton.primary("decision-change", "登记", () -> workflow.recordDecisionChanged(id,
                new WorkflowCommands.DecisionChange(on.getValue(), note.getValue())), "已登记；已公开的，须在三个工作日内撤回", reload));
    }

    /** One instalment: due date and amount. */
    private static final class InstalmentLine extends LineEditor.Line<Instalment> {
        private final DatePicker due = Formats.datePicker("缴款期限");
        private final BigDecimalField amount = new BigDecimalField("金额（元）");

        InstalmentLine(Instalment value) {
            if (value != null) {
                due.setValue(value.dueDate());
                amount.setValue(value.amount());
            }
            add(due, amount);
        }

        @Override
        Instalment value() {
            return new Instalment(due.getValue(), amount.getValue());
        }
    }

    private DatePicker day(String label) {
        DatePicker d = Formats.datePicker(label);
        d.setValue(LocalDate.now(clock));
        return d;
    }

    private static Component row(Component field, Component button) {
        HorizontalLayout row = new HorizontalLayout(field, button);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private static Details section(String id, String title, Component content) {
        Details d = new Details(title, content);
        d.setId(id);
        d.addClassName("case-action");
        return d;
    }
}
