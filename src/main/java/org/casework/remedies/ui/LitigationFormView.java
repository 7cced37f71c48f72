package org.casework.remedies.ui;

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
import org.casework.remedies.HeadRole;
import org.casework.remedies.InstanceLevel;
import org.casework.remedies.LitigationDetail;
import org.casework.remedies.LitigationForm;
import org.casework.remedies.LitigationResult;
import org.casework.remedies.LitigationService;
import org.casework.security.Role;

/** One court instance: the complaint, the hearing and who appeared for the organisation, the judgment. */
@Route("remedies/litigations/:id")
@PageTitle("应诉案件 · casework")
@RolesAllowed({Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class LitigationFormView extends VerticalLayout implements BeforeEnterObserver {

    private final LitigationService service;
    private final H2 title = new H2();
    private final ComboBox<OrgRef> org = new ComboBox<>("被告");
    private final TextField courtCaseNo = new TextField("法院案号");
    private final ComboBox<InstanceLevel> level = new ComboBox<>("审级");
    private final TextField plaintiff = new TextField("原告");
    private final TextField court = new TextField("审理法院");
    private final DatePicker received = Formats.datePicker("收到起诉状日期");
    private final DatePicker hearing = Formats.datePicker("开庭日期");
    private final Checkbox headAppeared = new Checkbox("负责人出庭");
    private final TextField headName = new TextField("出庭负责人");
    private final ComboBox<HeadRole> headRole = new ComboBox<>("出庭负责人职务");
    private final DatePicker concluded = Formats.datePicker("审结日期");
    private final ComboBox<LitigationResult> result = new ComboBox<>("裁判结果");
    private final TextArea notes = new TextArea("备注");
    private final Div quality = new Div();
    private final Map<String, HasValidation> fields;
    private final Button save = new Button("保存", e -> save());
    private LitigationDetail loaded;

    public LitigationFormView(LitigationService service) {
        this.service = service;
        addClassName("view-content");
        org.setItems(service.orgChoices());
        org.setItemLabelGenerator(OrgRef::label);
        level.setItems(InstanceLevel.values());
        level.setItemLabelGenerator(InstanceLevel::label);
        headRole.setItems(HeadRole.values());
        headRole.setItemLabelGenerator(HeadRole::label);
        headRole.setClearButtonVisible(true);
        headRole.setHelperText("只有主要负责人、副职负责人、分管负责人出庭计入负责人出庭应诉");
        result.setItems(LitigationResult.values());
        result.setItemLabelGenerator(LitigationResult::label);
        result.setClearButtonVisible(true);
        fields = FormSupport.byLabel(org, courtCaseNo, level, plaintiff, court, received, hearing, headName, headRole,
                concluded, result, notes);
        FormLayout form = new FormLayout(org, courtCaseNo, level, plaintiff, court, received, hearing, headAppeared, headName,
                headRole, concluded, result, notes);
        form.setColspan(notes, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        Button back = new Button("返回列表", e -> getUI().ifPresent(ui -> ui.navigate(LitigationListView.class)));
        add(title, quality, form, new HorizontalLayout(save, back));
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
            add(new H2("应诉案件"), new Paragraph(e instanceof AccessDeniedException ? e.getMessage() : "应诉案件不存在：" + id));
        }
    }

    private void show(LitigationDetail d) {
        loaded = d;
        title.setText(d == null ? "登记应诉案件" : "应诉案件 " + d.courtCaseNo());
        LitigationForm f = d == null ? null : d.form();
        org.setValue(f == null ? null : org.getListDataView().getItems().filter(o -> o.id().equals(f.orgId())).findFirst().orElse(null));
        courtCaseNo.setValue(f == null ? "" : f.courtCaseNo());
        level.setValue(f == null ? InstanceLevel.FIRST : f.level());
        plaintiff.setValue(f == null ? "" : f.plaintiff());
        court.setValue(f == null || f.courtName() == null ? "" : f.courtName());
        received.setValue(f == null ? null : f.receivedDate());
        hearing.setValue(f == null ? null : f.hearingDate());
        headAppeared.setValue(f != null && f.headAppeared());
        headName.setValue(f == null || f.headName() == null ? "" : f.headName());
        headRole.setValue(f == null ? null : f.headRole());
        concluded.setValue(f == null ? null : f.concludedDate());
        result.setValue(f == null ? null : f.result());
        notes.setValue(f == null || f.notes() == null ? "" : f.notes());
        quality.removeAll();
        quality.add(FormSupport.dataQuality(d == null ? null : d.dataQuality()));
        boolean editable = service.canEdit();
        FormSupport.readOnly(fields, !editable);
        headAppeared.setReadOnly(!editable);
        save.setVisible(editable);
        FormSupport.clear(fields);
    }

    private void save() {
        LitigationForm form = new LitigationForm(org.getValue() == null ? null : org.getValue().id(), courtCaseNo.getValue(),
                level.getValue(), plaintiff.getValue(), court.getValue(), received.getValue(), hearing.getValue(),
                headAppeared.getValue(), headName.getValue(), headRole.getValue(), concluded.getValue(), result.getValue(),
                notes.getValue());
        try {
            LitigationDetail saved = loaded == null ? service.create(form) : service.update(loaded.id(), loaded.version(), form);
            Notifier.success("应诉案件已保存");
            if (loaded == null) {
                getUI().ifPresent(ui -> ui.navigate(LitigationFormView.class, new RouteParameters("id", String.valueOf(saved.id()))));
            } else {
                show(saved);
            }
        } catch (BusinessRuleException e) {
            FormSupport.showViolations(e, fields);
        }
    }
}
