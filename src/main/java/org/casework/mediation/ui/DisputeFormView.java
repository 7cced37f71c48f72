package org.casework.mediation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.mediation.DisputeCategories;
import org.casework.mediation.DisputeDetail;
import org.casework.mediation.DisputeForm;
import org.casework.mediation.DisputeOutcome;
import org.casework.mediation.DisputeService;
import org.casework.mediation.DisputeStatus;
import org.casework.mediation.IntakeSource;
import org.casework.mediation.MediationKind;
import org.casework.org.OrgRef;
import org.casework.security.Role;

/**
 * The record of a dispute not worked through the mediation process (logged after the fact, or imported
 * from a ledger): intake, outcome, risk, follow-up visits, edited as one form. Disputes with a process
 * are worked step by step in {@link DisputeView} and only read here.
 */
@Route("mediation/records/:id")
@PageTitle("调解案件 · casework")
@RolesAllowed({Role.MEDIATOR_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class DisputeFormView extends VerticalLayout implements BeforeEnterObserver {

    private final DisputeService service;
    private final H2 title = new H2();
    private final ComboBox<OrgRef> body = new ComboBox<>("调解组织");
    private final TextField disputeNo = new TextField("编号");
    private final ComboBox<MediationKind> kind = new ComboBox<>("类型");
    private final ComboBox<IntakeSource> source = new ComboBox<>("来源");
    private final ComboBox<String> category = new ComboBox<>("纠纷类别", DisputeCategories.ALL);
    private final TextField parties = new TextField("当事人");
    private final TextArea facts = new TextArea("纠纷事实");
    private final DatePicker accepted = Formats.datePicker("受理日期");
    private final ComboBox<DisputeStatus> status = new ComboBox<>("状态");
    private final DatePicker closed = Formats.datePicker("办结日期");
    private final ComboBox<DisputeOutcome> outcome = new ComboBox<>("结果");
    private final BigDecimalField amount = new BigDecimalField("协议金额");
    private final DatePicker confirmation = Formats.datePicker("司法确认日期");
    private final Checkbox risk = new Checkbox("风险预警");
    private final IntegerField persons = new IntegerField("涉及人数");
    private final Checkbox escalated = new Checkbox("已升级");
    private final Paragraph derived = new Paragraph();
    private final Div quality = new Div();
    private final Div followUps = new Div();
    private final Map<String, HasValidation> fields;
    private final Button save = new Button("保存", e -> save());
    private DisputeDetail loaded;

    public DisputeFormView(DisputeService service) {
        this.service = service;
        addClassName("view-content");
        body.setItems(service.bodies());
        body.setItemLabelGenerator(OrgRef::label);
        kind.setItems(MediationKind.values());
        kind.setItemLabelGenerator(MediationKind::label);
        source.setItems(IntakeSource.values());
        source.setItemLabelGenerator(IntakeSource::label);
        parties.setHelperText("多个当事人用“、”分隔");
        status.setItems(DisputeStatus.ACCEPTED, DisputeStatus.IN_MEDIATION);
        status.setItemLabelGenerator(DisputeStatus::label);
        status.setHelperText("办结后按结果自动确定");
        outcome.setItems(DisputeOutcome.values());
        outcome.setItemLabelGenerator(DisputeOutcome::label);
        outcome.setClearButtonVisible(true);
        amount.setSuffixComponent(new Div("元"));
        amount.setHelperText("仅达成协议（书面或口头）时填写");
        persons.setMin(1);
        persons.setHelperText("防止民转刑统计只计入风险预警的纠纷");
        fields = FormSupport.byLabel(body, disputeNo, kind, source, category, parties, facts, accepted, status, closed,
                outcome, amount, confirmation, persons);
        FormLayout form = new FormLayout(body, disputeNo, kind, source, category, parties, accepted, status, closed, outcome,
                amount, confirmation, risk, persons, escalated, facts);
        form.setColspan(facts, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        Button back = new Button("返回列表", e -> getUI().ifPresent(ui -> ui.navigate(DisputeListView.class)));
        add(title, quality, form, derived, new HorizontalLayout(save, back), followUps);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            show(null);
            return;
        }
        try {
            show(service.get(Long.parseLong(id)));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            removeAll();
            add(new H2("调解案件"), new Paragraph(e instanceof AccessDeniedException ? e.getMessage() : "纠纷不存在：" + id));
        }
    }

    private void show(DisputeDetail d) {
        loaded = d;
        title.setText(d == null ? "受理纠纷" : "调解案件 " + d.disputeNo());
        DisputeForm f = d == null ? null : d.form();
        body.setValue(f == null ? null : body.getListDataView().getItems().filter(o -> o.id().equals(f.bodyId())).findFirst().orElse(null));
        disputeNo.setValue(f == null ? "" : f.disputeNo());
        kind.setValue(f == null ? MediationKind.PEOPLE : f.kind());
        source.setValue(f == null ? IntakeSource.APPLIED : f.source());
        category.setValue(f == null ? null : f.category());
        parties.setValue(f == null ? "" : String.join("、", f.parties()));
        facts.setValue(f == null || f.facts() == null ? "" : f.facts());
        accepted.setValue(f == null ? null : f.acceptedDate());
        status.setValue(f == null || !f.status().open() ? DisputeStatus.ACCEPTED : f.status());
        closed.setValue(f == null ? null : f.closedDate());
        outcome.setValue(f == null ? null : f.outcome());
        amount.setValue(f == null ? null : f.agreementAmount());
        confirmation.setValue(f == null ? null : f.judicialConfirmationDate());
        risk.setValue(f != null && f.riskFlag());
        persons.setValue(f == null ? null : f.personsInvolved());
        escalated.setValue(f != null && f.escalated());
        derived.setText(d == null ? "" : "状态：" + d.status().label() + "　调解期限：" + Formats.date(d.dueDate())
                + (d.agreementDate() == null ? "" : "　协议达成日期：" + Formats.date(d.agreementDate())));
        quality.removeAll();
        quality.add(FormSupport.dataQuality(d == null ? null : d.dataQuality()));
        boolean editable = service.canEdit();
        FormSupport.readOnly(fields, !editable);
        risk.setReadOnly(!editable);
        escalated.setReadOnly(!editable);
        save.setVisible(editable);
        followUps.removeAll();
        if (d != null) {
            followUps.add(new FollowUpPanel(service, d, editable, this::show));
        }
        FormSupport.clear(fields);
    }

    private void save() {
        DisputeForm form = new DisputeForm(body.getValue() == null ? null : body.getValue().id(), disputeNo.getValue(),
                kind.getValue(), source.getValue(), category.getValue(),
                Arrays.stream(parties.getValue().split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList(),
                facts.getValue(), accepted.getValue(), closed.getValue(), outcome.getValue(), amount.getValue(),
                confirmation.getValue(), risk.getValue(), persons.getValue(), escalated.getValue(), status.getValue());
        try {
            DisputeDetail saved = loaded == null ? service.create(form) : service.update(loaded.id(), loaded.version(), form);
            Notifier.success("调解案件已保存");
            if (loaded == null) {
                getUI().ifPresent(ui -> ui.navigate(DisputeFormView.class, new RouteParameters("id", String.valueOf(saved.id()))));
            } else {
                show(saved);
            }
        } catch (BusinessRuleException e) {
            FormSupport.showViolations(e, fields);
        }
    }
}
