package org.casework.enforcement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import org.casework.base.ui.Formats;
import org.casework.enforcement.CaseOfficer;
import org.casework.enforcement.CaseOfficerRole;
import org.casework.enforcement.CoerciveMeasure;
import org.casework.enforcement.CollectiveDiscussion;
import org.casework.enforcement.MeasureType;
import org.casework.enforcement.PenaltyPayment;
import org.casework.enforcement.StatementDefence;
import org.casework.staff.OfficerRef;

/** The lines of a case's lists, one class per kind. */
final class CaseLines {

    private CaseLines() {
    }

    static final class Discussion extends LineEditor.Line<CollectiveDiscussion> {
        private final DatePicker date = Formats.datePicker("集体讨论日期");
        private final TextField conclusion = new TextField("讨论结论");
        private final TextField participants = new TextField("参加人员");

        Discussion(CollectiveDiscussion d) {
            conclusion.setWidth("24em");
            if (d != null) {
                date.setValue(d.meetingDate());
                conclusion.setValue(Objects.toString(d.conclusion(), ""));
                participants.setValue(Objects.toString(d.participants(), ""));
            }
            add(date, conclusion, participants);
        }

        @Override
        CollectiveDiscussion value() {
            return new CollectiveDiscussion(date.getValue(), conclusion.getValue(), participants.getValue());
        }
    }

    static final class Defence extends LineEditor.Line<StatementDefence> {
        private final DatePicker date = Formats.datePicker("陈述申辩日期");
        private final TextField content = new TextField("陈述申辩意见");
        private final Checkbox adopted = new Checkbox("已采纳");

        Defence(StatementDefence d) {
            content.setWidth("24em");
            if (d != null) {
                date.setValue(d.receivedDate());
                content.setValue(Objects.toString(d.content(), ""));
                adopted.setValue(Boolean.TRUE.equals(d.adopted()));
            }
            add(date, content, adopted);
        }

        @Override
        StatementDefence value() {
            return new StatementDefence(date.getValue(), content.getValue(), adopted.getValue());
        }
    }

    static final class Payment extends LineEditor.Line<PenaltyPayment> {
        private final DatePicker date = Formats.datePicker("缴款日期");
        private final BigDecimalField amount = new BigDecimalField("实缴金额");
        private final BigDecimalField surcharge = new BigDecimalField("加处罚款");

        Payment(PenaltyPayment p) {
            amount.setSuffixComponent(new com.vaadin.flow.component.html.Span("元"));
            surcharge.setSuffixComponent(new com.vaadin.flow.component.html.Span("元"));
            if (p != null) {
                date.setValue(p.paidDate());
                amount.setValue(p.amount());
                surcharge.setValue(p.surchargeAmount());
            }
            add(date, amount, surcharge);
        }

        @Override
        PenaltyPayment value() {
            return new PenaltyPayment(date.getValue(), amount.getValue(), surcharge.getValue());
        }
    }

    static final class Officer extends LineEditor.Line<CaseOfficer> {
        private final ComboBox<OfficerRef> officer = new ComboBox<>("执法人员");
        private final Select<CaseOfficerRole> role = Pickers.select("角色", CaseOfficerRole.class);

        /** {@code choices}: the officers on duty who may be chosen (and the one already recorded). */
        Officer(CaseOfficer o, List<OfficerRef> choices) {
            officer.setItems(choices);
            officer.setItemLabelGenerator(OfficerRef::label);
            officer.setWidth("18em");
            role.setValue(CaseOfficerRole.HANDLER);
            if (o != null) {
                choices.stream().filter(c -> c.id().equals(o.officerId())).findFirst().ifPresent(officer::setValue);
                role.setValue(o.role());
            }
            add(officer, role);
        }

        @Override
        CaseOfficer value() {
            return new CaseOfficer(officer.getValue() == null ? null : officer.getValue().id(), role.getValue());
        }
    }

    static final class Measure extends LineEditor.Line<CoerciveMeasure> {
        private final Select<MeasureType> type = Pickers.select("强制措施种类", MeasureType.class);
        private final DatePicker decided = Formats.datePicker("决定日期");
        private final DatePicker due = Formats.datePicker("期限至");
        private final Checkbox extended = new Checkbox("已延长");
        private final DatePicker ended = Formats.datePicker("解除日期");
        private final TextField description = new TextField("说明");

        Measure(CoerciveMeasure m) {
            if (m != null) {
                type.setValue(m.type());
                decided.setValue(m.decidedDate());
                due.setValue(m.dueDate());
                extended.setValue(m.extended());
                ended.setValue(m.endedDate());
                description.setValue(Objects.toString(m.description(), ""));
            }
            add(type, decided, due, extended, ended, description);
        }

        @Override
        CoerciveMeasure value() {
            return new CoerciveMeasure(type.getValue(), decided.getValue(), due.getValue(), extended.getValue(),
                    ended.getValue(), description.getValue());
        }
    }
}
