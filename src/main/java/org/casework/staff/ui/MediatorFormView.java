package org.casework.staff.ui;

import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.staff.MediatorDetail;
import org.casework.staff.MediatorForm;
import org.casework.staff.MediatorService;
import org.casework.org.OrgRef;
import org.casework.security.Role;

/** One mediator on the roster: the body, full or part time, appointment and dismissal. */
@Route("org/mediators/:id")
@PageTitle("调解员 · casework")
@RolesAllowed({Role.MEDIATOR_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class MediatorFormView extends VerticalLayout implements BeforeEnterObserver {

    private final MediatorService service;
    private final H2 title = new H2();
    private final ComboBox<OrgRef> body = new ComboBox<>("调解组织");
    private final TextField name = new TextField("姓名");
    private final Checkbox fullTime = new Checkbox("专职");
    private final DatePicker appointed = Formats.datePicker("起聘日期");
    private final DatePicker dismissed = Formats.datePicker("解聘日期");
    private final Map<String, HasValidation> fields;
    private final Button save = new Button("保存", e -> save());
    private MediatorDetail loaded;

    public MediatorFormView(MediatorService service) {
        this.service = service;
        addClassName("view-content");
        body.setItems(service.bodies());
        body.setItemLabelGenerator(OrgRef::label);
        fields = FormSupport.byLabel(body, name, appointed, dismissed);
        FormLayout form = new FormLayout(body, name, appointed, dismissed, fullTime);
        form.setMaxWidth("720px");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        Button back = new Button("返回名册", e -> getUI().ifPresent(ui -> ui.navigate(MediatorListView.class)));
        add(title, form, new HorizontalLayout(save, back));
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
            add(new H2("调解员"), new Paragraph(e instanceof AccessDeniedException ? e.getMessage() : "调解员不存在：" + id));
        }
    }

    private void show(MediatorDetail d) {
        loaded = d;
        title.setText(d == null ? "添加调解员" : "调解员 " + d.name() + (d.active() ? "" : "（已解聘）"));
        body.setValue(d == null ? null : body.getListDataView().getItems().filter(o -> o.id() == d.bodyId()).findFirst().orElse(null));
        name.setValue(d == null ? "" : d.name());
        fullTime.setValue(d != null && d.fullTime());
        appointed.setValue(d == null ? null : d.appointedDate());
        dismissed.setValue(d == null ? null : d.dismissedDate());
        boolean editable = service.canEdit();
        FormSupport.readOnly(fields, !editable);
        fullTime.setReadOnly(!editable);
        save.setVisible(editable);
        FormSupport.clear(fields);
    }

    private void save() {
        MediatorForm form = new MediatorForm(body.getValue() == null ? null : body.getValue().id(), name.getValue(),
                fullTime.getValue(), appointed.getValue(), dismissed.getValue());
        try {
            MediatorDetail saved = loaded == null ? service.create(form) : service.update(loaded.id(), loaded.version(), form);
            Notifier.success("调解员已保存");
            if (loaded == null) {
                getUI().ifPresent(ui -> ui.navigate(MediatorFormView.class, new RouteParameters("id", String.valueOf(saved.id()))));
            } else {
                show(saved);
            }
        } catch (BusinessRuleException e) {
            FormSupport.showViolations(e, fields);
        }
    }
}
