package org.casework.remedies.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.org.OrgRef;
import org.casework.remedies.ReconsiderationDetail;
import org.casework.remedies.ReconsiderationForm;
import org.casework.remedies.ReconsiderationOutcome;
import org.casework.remedies.ReconsiderationService;
import org.casework.security.Role;

/** One reconsideration case: registered, then concluded with its outcome; rules are checked on save. */
@Route("remedies/reconsiderations/:id")
@PageTitle("复议案件 · casework")
@RolesAllowed({Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class ReconsiderationFormView extends VerticalLayout implements BeforeEnterObserver {

    private final ReconsiderationService service;
    private final H2 title = new H2();
    private final ComboBox<OrgRef> org = new ComboBox<>("被申请人");
    private final TextField caseNo = new TextField("复议案号");
    private final TextField applicant = new TextField("申请人");
    private final DatePicker received = Formats.datePicker("收案日期");
    private final DatePicker replyDue = Formats.datePicker("答复期限");
    private final TextField organ = new TextField("复议机关");
    private final DatePicker concluded = Formats.datePicker("审结日期");
    private final ComboBox<ReconsiderationOutcome> outcome = new ComboBox<>("复议结果");
    private final Checkbox redo = new Checkbox("责令重新作出");
    private final TextField originalCaseNo = new TextField("原处罚案号");
    private final TextArea notes = new TextArea("备注");
    private final Div linked = new Div();
    private final Div quality = new Div();
    private final Map<String, HasValidation> fields;
    private final Button save = new Button("保存", e -> save());
    private ReconsiderationDetail loaded;

    public ReconsiderationFormView(ReconsiderationService service) {
        this.service = service;
        addClassName("view-content");
        org.setItems(service.orgChoices());
        org.setItemLabelGenerator(OrgRef::label);
        outcome.setItems(ReconsiderationOutcome.values());
        outcome.setItemLabelGenerator(ReconsiderationOutcome::label);
        outcome.setClearButtonVisible(true);
        replyDue.setHelperText("留空则按收案日期起10个工作日计算（《行政复议法》第四十八条）");
        redo.setTooltipText("仅适用于撤销或部分撤销的复议决定（第六十四条）");
        fields = FormSupport.byLabel(org, caseNo, applicant, received, replyDue, organ, concluded, outcome, originalCaseNo, notes);
        FormLayout form = new FormLayout(org, caseNo, applicant, received, replyDue, organ, concluded, outcome, redo,
                originalCaseNo, notes);
        form.setColspan(notes, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        Button back = new Button("返回列表", e -> getUI().ifPresent(ui -> ui.navigate(ReconsiderationListView.class)));
        add(title, quality, form, linked, new HorizontalLayout(save, back));
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
            add(new H2("复议案件"), new Paragraph(e instanceof AccessDeniedException ? e.getMessage() : "复议案件不存在：" + id));
        }
    }

    private void show(ReconsiderationDetail d) {
        loaded = d;
        title.setText(d == null ? "登记复议案件" : "复议案件 " + d.caseNo());
        ReconsiderationForm f = d == null ? null : d.form();
        org.setValue(f == null ? null : org.getListDataView().getItems().filter(o -> o.id().equals(f.orgId())).findFirst().orElse(null));
        caseNo.setValue(f == null ? "" : f.caseNo());
        applicant.setValue(f == null ? "" : f.applicant());
        received.setValue(f == null ? null : f.receivedDate());
        replyDue.setValue(f == null ? null : f.replyDueDate());
        organ.setValue(f == null || f.reconsiderationOrgan() == null ? "" : f.reconsiderationOrgan());
        concluded.setValue(f == null ? null : f.concludedDate());
        outcome.setValue(f == null ? null : f.outcome());
        redo.setValue(f != null && f.redoOrdered());
        originalCaseNo.setValue(f == null || f.originalCaseNo() == null ? "" : f.originalCaseNo());
        notes.setValue(f == null || f.notes() == null ? "" : f.notes());
        quality.removeAll();
        quality.add(FormSupport.dataQuality(d == null ? null : d.dataQuality()));
        linked.removeAll();
        if (d != null && d.penaltyCaseId() != null) {
            linked.add(new Anchor("enforcement/cases/" + d.penaltyCaseId(), "查看原处罚案件 " + d.originalCaseNo()));
        }
        boolean editable = service.canEdit();
        FormSupport.readOnly(fields, !editable);
        redo.setReadOnly(!editable);
        save.setVisible(editable);
        FormSupport.clear(fields);
    }

    private void save() {
        ReconsiderationForm form = new ReconsiderationForm(org.getValue() == null ? null : org.getValue().id(),
                caseNo.getValue(), applicant.getValue(), received.getValue(), replyDue.getValue(), concluded.getValue(),
                outcome.getValue(), redo.getValue(), originalCaseNo.getValue(), organ.getValue(), notes.getValue());
        try {
            ReconsiderationDetail saved = loaded == null ? service.create(form) : service.update(loaded.id(), loaded.version(), form);
            Notifier.success("复议案件已保存");
            if (loaded == null) {
                getUI().ifPresent(ui -> ui.navigate(ReconsiderationFormView.class,
                        new RouteParameters("id", String.valueOf(saved.id()))));
            } else {
                show(saved);
            }
        } catch (BusinessRuleException e) {
            FormSupport.showViolations(e, fields);
        }
    }
}
