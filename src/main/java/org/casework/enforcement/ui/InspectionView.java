package org.casework.enforcement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.Origin;
import org.casework.base.RuleViolation;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.enforcement.InspectionForm;
import org.casework.enforcement.InspectionRef;
import org.casework.enforcement.InspectionService;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;

/** One inspection ("enforcement/inspections/{id}" or ".../new"); officers and heads edit, others read. */
@Route("enforcement/inspections/:inspectionId")
@PageTitle("行政检查 · casework")
@RolesAllowed({Role.OFFICER_, Role.HEAD_, Role.LEGAL_REVIEWER_, Role.LEADER_, Role.ADMIN_})
public class InspectionView extends VerticalLayout implements BeforeEnterObserver {

    private final InspectionService inspections;
    private final UserContext user;
    private final H2 title = new H2();
    private final Paragraph refusal = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();
    private final ComboBox<OrgRef> org;
    private final TextField number = new TextField("检查编号");
    private final DatePicker date = Formats.datePicker("检查日期");
    private final TextField target = new TextField("检查对象");
    private final TextField item = new TextField("检查事项");
    private final TextArea result = new TextArea("检查结果");
    private final Paragraph origin = new Paragraph();
    private final Button save = new Button("保存");
    private final Map<String, HasValidation> byLabel;
    private InspectionRef shown;

    public InspectionView(InspectionService inspections, OrgService orgs, CurrentUser current) {
        this.inspections = inspections;
        this.user = current.get();
        addClassName("view-content");
        org = Pickers.orgs("执法主体", orgs, user.scopeOrgIds());
        byLabel = Map.of("执法主体", org, "检查编号", number, "检查日期", date, "检查对象", target, "检查事项", item, "检查结果", result);
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button back = new Button("返回检查列表", e -> getUI().ifPresent(ui -> ui.navigate(InspectionListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FormLayout form = new FormLayout(org, number, date, target, item, result);
        form.setColspan(result, 2);
        form.setMaxWidth("60em");
        content.setPadding(false);
        content.add(origin, form, new HorizontalLayout(save, back));
        refusal.setVisible(false);
        add(title, refusal, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("inspectionId").orElse("new");
        refusal.setVisible(false);
        content.setVisible(true);
        clearErrors();
        try {
            if ("new".equals(id)) {
                shown = null;
                title.setText("登记行政检查");
                origin.setText("");
                fill(new InspectionForm(user.orgId(), null, null, null, null, null));
            } else {
                show(inspections.get(Long.parseLong(id)));
            }
            boolean editable = inspections.mayEdit();
            byLabel.values().forEach(f -> ((com.vaadin.flow.component.HasValue<?, ?>) f).setReadOnly(!editable));
            save.setVisible(editable);
        } catch (NumberFormatException | NotFoundException e) {
            refuse("行政检查记录不存在：" + id);
        } catch (AccessDeniedException e) {
            refuse(e.getMessage());
        }
    }

    private void show(InspectionRef ref) {
        shown = ref;
        title.setText("行政检查 " + ref.inspectionNo());
        origin.setText(ref.origin() == Origin.IMPORT ? "来源：台账导入" : "来源：系统登记");
        fill(new InspectionForm(ref.orgId(), ref.inspectionNo(), ref.inspectionDate(), ref.target(), ref.item(), ref.result()));
    }

    private void fill(InspectionForm f) {
        org.setValue(org.getListDataView().getItems().filter(o -> o.id().equals(f.orgId())).findFirst().orElse(null));
        number.setValue(f.inspectionNo() == null ? "" : f.inspectionNo());
        date.setValue(f.inspectionDate());
        target.setValue(f.target() == null ? "" : f.target());
        item.setValue(f.item() == null ? "" : f.item());
        result.setValue(f.result() == null ? "" : f.result());
    }

    private void save() {
        clearErrors();
        InspectionForm form = new InspectionForm(org.getValue() == null ? null : org.getValue().id(), number.getValue(),
                date.getValue(), target.getValue(), item.getValue(), result.getValue());
        try {
            InspectionRef saved = shown == null ? inspections.create(form) : inspections.update(shown.id(), form);
            Notifier.success("检查记录已保存");
            if (shown == null) {
                getUI().ifPresent(ui -> ui.navigate("enforcement/inspections/" + saved.id()));
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
        title.setText("行政检查");
        content.setVisible(false);
        refusal.setText(message);
        refusal.setVisible(true);
    }
}
