package org.casework.staff.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.RuleViolation;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.staff.OfficerForm;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;

/** One officer ("org/officers/{id}" or ".../new"): system administrators edit, others read within scope. */
@Route("org/officers/:officerId")
@PageTitle("执法人员 · casework")
@RolesAllowed({Role.ADMIN_, Role.HEAD_, Role.LEADER_, Role.OFFICER_})
public class OfficerView extends VerticalLayout implements BeforeEnterObserver {

    private final OfficerService officers;
    private final UserContext user;
    private final Clock clock;
    private final H2 title = new H2();
    private final Paragraph refusal = new Paragraph();
    private final Paragraph certified = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    private final ComboBox<OrgRef> org = new ComboBox<>("执法主体");
    private final TextField name = new TextField("姓名");
    private final TextField certificateNo = new TextField("执法证号");
    private final DatePicker validUntil = Formats.datePicker("证件有效期至");
    private final DatePicker onDutyFrom = Formats.datePicker("在岗起");
    private final DatePicker offDutyDate = Formats.datePicker("离岗日期");
    private final Checkbox legalQualification = new Checkbox("法律职业资格");
    private final Button save = new Button("保存");
    private final Map<String, HasValidation> byLabel;
    private OfficerRef shown;

    public OfficerView(OfficerService officers, OrgService orgs, CurrentUser current, Clock clock) {
        this.officers = officers;
        this.user = current.get();
        this.clock = clock;
        addClassName("view-content");
        org.setItems(orgs.all().stream().filter(o -> user.scopeOrgIds().contains(o.id())).toList());
        org.setItemLabelGenerator(OrgRef::label);
        byLabel = Map.of("执法主体", org, "姓名", name, "执法证号", certificateNo, "证件有效期至", validUntil,
                "在岗起", onDutyFrom, "离岗日期", offDutyDate);
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button back = new Button("返回人员列表", e -> getUI().ifPresent(ui -> ui.navigate(OfficerListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FormLayout form = new FormLayout(org, name, certificateNo, validUntil, onDutyFrom, offDutyDate, legalQualification);
        form.setMaxWidth("60em");
        content.setPadding(false);
        content.add(certified, form, new HorizontalLayout(save, back));
        refusal.setVisible(false);
        add(title, refusal, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("officerId").orElse("new");
        refusal.setVisible(false);
        content.setVisible(true);
        clearErrors();
        try {
            if ("new".equals(id)) {
                shown = null;
                title.setText("登记执法人员");
                certified.setText("");
                fill(new OfficerForm(user.orgId(), null, null, null, null, null, false));
            } else {
                show(officers.get(Long.parseLong(id)));
            }
            boolean editable = officers.mayEdit();
            byLabel.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(!editable));
            legalQualification.setReadOnly(!editable);
            save.setVisible(editable);
        } catch (NumberFormatException | NotFoundException e) {
            refuse("执法人员不存在：" + id);
        } catch (AccessDeniedException e) {
            refuse(e.getMessage());
        }
    }

    private void show(OfficerRef o) {
        shown = o;
        title.setText("执法人员 " + o.name());
        LocalDate today = LocalDate.now(clock);
        certified.setText((o.isActiveOn(today) ? "在岗" : "不在岗") + " · "
                + (o.isCertifiedOn(today) ? "执法证有效" : "无有效执法证，不能从事执法活动（《行政处罚法》第四十二条）"));
        fill(new OfficerForm(o.orgId(), o.name(), o.certificateNo(), o.certificateValidUntil(), o.onDutyFrom(), o.offDutyDate(),
                o.legalQualification()));
    }

    private void fill(OfficerForm f) {
        org.setValue(org.getListDataView().getItems().filter(o -> o.id().equals(f.orgId())).findFirst().orElse(null));
        name.setValue(f.name() == null ? "" : f.name());
        certificateNo.setValue(f.certificateNo() == null ? "" : f.certificateNo());
        validUntil.setValue(f.certificateValidUntil());
        onDutyFrom.setValue(f.onDutyFrom());
        offDutyDate.setValue(f.offDutyDate());
        legalQualification.setValue(f.legalQualification());
    }

    private void save() {
        clearErrors();
        OfficerForm form = new OfficerForm(org.getValue() == null ? null : org.getValue().id(), name.getValue(),
                certificateNo.getValue(), validUntil.getValue(), onDutyFrom.getValue(), offDutyDate.getValue(),
                legalQualification.getValue());
        try {
            OfficerRef saved = shown == null ? officers.create(form) : officers.update(shown.id(), form);
            Notifier.success("执法人员信息已保存");
            if (shown == null) {
                getUI().ifPresent(ui -> ui.navigate("org/officers/" + saved.id()));
            } else {
                show(saved);
            }
        } catch (BusinessRuleException e) {
            for (RuleViolation v : e.violations()) {
                HasValidation field = byLabel.get(v.field());
                if (field != null) {
                    field.setErrorMessage(v.message());
                    field.setInvalid(true);
                }
            }
            Notifier.error(e.getMessage());
        }
    }

    private void clearErrors() {
        byLabel.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    private void refuse(String message) {
        title.setText("执法人员");
        content.setVisible(false);
        refusal.setText(message);
        refusal.setVisible(true);
    }
}
