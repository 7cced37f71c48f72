package org.casework.enforcement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.base.ui.Formats;
import org.casework.enforcement.CaseOfficer;
import org.casework.enforcement.CaseWork;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.HearingOutcome;
import org.casework.enforcement.ProposedPenalty;
import org.casework.enforcement.StatementDefence;
import org.casework.enforcement.WorkflowCommands;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;

/**
 * The forms of the steps after the prior notice that are not a single click: scheduling and holding the
 * hearing (听证), the review of statements and hearing opinions (复核), and the collective discussion
 * (集体讨论). The service checks the 7-working-day notice, the presider, the no-heavier rule and the roles.
 */
final class HearingForms {

    private final EnforcementWorkflowService workflow;
    private final OfficerService officers;
    private final Clock clock;
    private final Runnable reload;

    HearingForms(EnforcementWorkflowService workflow, OfficerService officers, Clock clock, Runnable reload) {
        this.workflow = workflow;
        this.officers = officers;
        this.clock = clock;
        this.reload = reload;
    }

    /** 听证通知: presider and hearing officers from the officers on duty who do not handle the case. */
    Component schedule(long id, CaseWork work) {
        Set<Long> handlers = work.record().form().officers().stream().map(CaseOfficer::officerId).collect(Collectors.toSet());
        List<OfficerRef> others = officers.onDuty(work.record().form().orgId()).stream().filter(o -> !handlers.contains(o.id())).toList();
        ComboBox<OfficerRef> presider = Pickers.officer("听证主持人（非本案调查人员）", others);
        MultiSelectComboBox<OfficerRef> hearingOfficers = Pickers.officers("听证员", others);
        TextField clerk = new TextField("记录员");
        DatePicker served = Formats.datePicker("听证通知书送达日期");
        served.setValue(LocalDate.now(clock));
        DateTimePicker at = new DateTimePicker("听证时间（通知送达后七日以后）");
        TextField place = new TextField("听证地点");
        Checkbox open = new Checkbox("公开举行", true);
        TextField privateReason = new TextField("不公开举行的理由（涉及国家秘密、商业秘密或者个人隐私）");
        privateReason.setVisible(false);
        open.addValueChangeListener(e -> privateReason.setVisible(!e.getValue()));
        FormLayout form = new FormLayout(presider, hearingOfficers, clerk, served, at, place, open, privateReason);
        return new VerticalLayout(form, ActionButton.primary("schedule-hearing", "登记听证通知", () -> workflow.scheduleHearing(id,
                new WorkflowCommands.HearingSchedule(at.getValue(), place.getValue(), presider.getValue() == null ? 0L : presider.getValue().id(),
                        hearingOfficers.getSelectedItems().stream().map(OfficerRef::id).toList(), clerk.getValue(), open.getValue(),
                        privateReason.getValue(), served.getValue())), "听证通知已登记，听证笔录在听证后生成", reload));
    }

    /** The hearing was held (with the statements of the record), or the party did not come or withdrew. */
    Component hold(long id, CaseWork work) {
        ComboBox<HearingOutcome> outcome = Pickers.labelled("听证结果", HearingOutcome.class);
        outcome.setValue(HearingOutcome.HELD);
        LocalDateTime planned = work.procedure().hearingAt();
        DateTimePicker started = new DateTimePicker("开始时间");
        started.setValue(planned);
        DateTimePicker ended = new DateTimePicker("结束时间");
        TextField sat = new TextField("听证员（以顿号分隔）");
        TextField clerk = new TextField("记录员");
        TextField representatives = new TextField("委托代理人");
        TextArea statements = new TextArea("听证笔录要点（每行一人：发言人：内容）");
        FormLayout form = new FormLayout(outcome, started, ended, sat, clerk, representatives, statements);
        form.setColspan(statements, 2);
        outcome.addValueChangeListener(e -> {
            boolean held = e.getValue() == HearingOutcome.HELD;
            started.setVisible(held);
            ended.setVisible(held);
            representatives.setVisible(held);
            sat.setVisible(held);
            clerk.setVisible(held);
            statements.setVisible(held);
        });
        Span hint = new Span(planned == null ? "" : "听证定于 " + planned.toLocalDate() + " " + planned.toLocalTime() + "，"
                + Objects.requireNonNullElse(work.procedure().hearingPlace(), ""));
        return new VerticalLayout(hint, form, ActionButton.primary("hold-hearing", "登记听证结果", () -> workflow.recordHearing(id,
                new WorkflowCommands.HearingResult(outcome.getValue(), started.getValue(), ended.getValue(),
                        DiscussionFields.names(sat.getValue()), clerk.getValue(), representatives.getValue(),
                        DiscussionFields.statements(statements.getValue()))), "听证结果已登记，办案期限恢复计算", reload));
    }

    /**
     * 复核: each statement received is adopted or not (in the order the service keeps: date, then text);
     * a revised proposal may lighten the penalty but the service refuses a heavier one.
     */
    Component reviewStatements(long id, CaseWork work) {
        List<StatementDefence> received = work.record().form().defences().stream()
                .sorted(Comparator.comparing(StatementDefence::receivedDate).thenComparing(d -> Objects.toString(d.content(), ""))).toList();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        List<Checkbox> adopted = new ArrayList<>();
        if (received.isEmpty()) {
            box.add(new Span("当事人未提出陈述申辩"));
        }
        for (int i = 0; i < received.size(); i++) {
            StatementDefence d = received.get(i);
            Checkbox adopt = new Checkbox("采纳：" + Formats.date(d.receivedDate()) + " " + Objects.requireNonNullElse(d.content(), ""));
            adopt.setId("adopt-" + i);
            adopted.add(adopt);
            box.add(adopt);
        }
        box.add(new Span("事先告知的处罚：" + ProposedPenalty.describe(work.procedure().notifiedPenalties())));
        TextArea note = new TextArea("复核意见");
        PenaltyFields revised = new PenaltyFields("调整后的罚款金额（元，不调整则留空）");
        revised.warning.setLabel("调整为警告");
        box.add(new FormLayout(note, revised.fine, revised.warning));
        box.add(ActionButton.primary("review-statements", "提交复核意见", () -> workflow.reviewStatements(id,
                new WorkflowCommands.StatementsReview(adopted.stream().map(Checkbox::getValue).toList(), note.getValue(), revised.items())),
                "复核已完成", reload));
        return box;
    }

    /** 集体讨论 by the heads (complex or serious cases, and after a legal review). */
    Component discuss(long id) {
        DiscussionFields fields = new DiscussionFields(clock);
        return new VerticalLayout(fields, ActionButton.primary("discuss", "登记集体讨论", () -> workflow.discuss(id, fields.value()),
                "集体讨论记录已生成", reload));
    }
}
