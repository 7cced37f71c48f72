package org.casework.petitions.ui;

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
import java.util.List;
import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.org.OrgRef;
import org.casework.petitions.ChannelRef;
import org.casework.petitions.PetitionChannelService;
import org.casework.petitions.PetitionDetail;
import org.casework.petitions.PetitionForm;
import org.casework.petitions.PetitionService;
import org.casework.petitions.PetitionStatus;
import org.casework.petitions.Rating;
import org.casework.security.Role;

/**
 * The record of one petition (登记信息), for corrections and for entering a petition after the fact (id "new"):
 * imported and past petitions are kept here; a petition with a workflow is worked on its page (PetitionView),
 * and only the fields the workflow does not record can be changed here.
 */
@Route("petitions/:id/edit")
@PageTitle("信访投诉 · casework")
@RolesAllowed({Role.PETITION_CLERK_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class PetitionFormView extends VerticalLayout implements BeforeEnterObserver {

    private final PetitionService service;
    private final List<ChannelRef> allChannels;
    private final H2 title = new H2();
    private final ComboBox<OrgRef> org = new ComboBox<>("承办单位");
    private final TextField petitionNo = new TextField("编号");
    private final ComboBox<ChannelRef> channel = new ComboBox<>("渠道");
    private final TextField petitioner = new TextField("信访人");
    private final TextField subject = new TextField("事项摘要");
    private final TextArea content = new TextArea("信访内容");
    private final DatePicker registered = Formats.datePicker("登记日期");
    private final DatePicker acknowledged = Formats.datePicker("告知日期");
    private final DatePicker due = Formats.datePicker("办理期限");
    private final Checkbox extended = new Checkbox("延期（经批准延长，不超过30日）");
    private final ComboBox<PetitionStatus> status = new ComboBox<>("状态");
    private final DatePicker closed = Formats.datePicker("办结日期");
    private final TextArea reply = new TextArea("办理结果");
    private final ComboBox<Rating> rating = new ComboBox<>("评价");
    private final Checkbox backlog = new Checkbox("积案");
    private final Checkbox resolved = new Checkbox("已化解");
    private final Div quality = new Div();
    private final Map<String, HasValidation> fields;
    private final Button save = new Button("保存", e -> save());
    private PetitionDetail loaded;

    public PetitionFormView(PetitionService service, PetitionChannelService channels) {
        this.service = service;
        this.allChannels = channels.list(true);
        addClassName("view-content");
        org.setItems(service.orgChoices());
        org.setItemLabelGenerator(OrgRef::label);
        channel.setItemLabelGenerator(ChannelRef::label);
        due.setHelperText("留空则为登记之日起60日（《信访工作条例》第三十四条），延期为90日");
        registered.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggestDue();
            }
        });
        extended.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggestDue();
            }
        });
        status.setItems(PetitionStatus.REGISTERED, PetitionStatus.IN_PROGRESS);
        status.setItemLabelGenerator(PetitionStatus::label);
        status.setHelperText("填写办结日期后为“已办结”");
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(Rating::label);
        rating.setClearButtonVisible(true);
        resolved.setTooltipText("只计入标记为积案的信访事项");
        fields = FormSupport.byLabel(org, petitionNo, channel, petitioner, subject, content, registered, acknowledged, due,
                status, closed, reply, rating);
        FormLayout form = new FormLayout(org, petitionNo, channel, petitioner, subject, registered, acknowledged, due, extended,
                status, closed, rating, backlog, resolved, content, reply);
        form.setColspan(content, 2);
        form.setColspan(reply, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save");
        Button back = new Button("返回列表", e -> getUI().ifPresent(ui -> ui.navigate(PetitionListView.class)));
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
            add(new H2("信访投诉"), new Paragraph(e instanceof AccessDeniedException ? e.getMessage() : "信访事项不存在：" + id));
        }
    }

    /** Offers the default due date when the registration date is entered or the extension ticked or unticked. */
    private void suggestDue() {
        if (registered.getValue() != null && !due.isReadOnly()) {
            due.setValue(service.defaultDueDate(registered.getValue(), extended.getValue()));
        }
    }

    private void show(PetitionDetail d) {
        loaded = d;
        title.setText(d == null ? "登记信访投诉" : "信访投诉 " + d.petitionNo());
        PetitionForm f = d == null ? null : d.form();
        channel.setItems(allChannels.stream().filter(c -> c.active() || (f != null && c.code().equals(f.channelCode()))).toList());
        org.setValue(f == null ? null : org.getListDataView().getItems().filter(o -> o.id().equals(f.orgId())).findFirst().orElse(null));
        petitionNo.setValue(f == null ? "" : f.petitionNo());
        channel.setValue(f == null ? null : allChannels.stream().filter(c -> c.code().equals(f.channelCode())).findFirst().orElse(null));
        petitioner.setValue(f == null || f.petitionerName() == null ? "" : f.petitionerName());
        subject.setValue(f == null || f.subject() == null ? "" : f.subject());
        content.setValue(f == null || f.content() == null ? "" : f.content());
        extended.setValue(f != null && f.extended());
        registered.setValue(f == null ? null : f.registeredDate());
        acknowledged.setValue(f == null ? null : f.acknowledgedDate());
        due.setValue(f == null ? null : f.dueDate());
        status.setValue(f == null || f.status() == PetitionStatus.CLOSED ? PetitionStatus.REGISTERED : f.status());
        closed.setValue(f == null ? null : f.closedDate());
        reply.setValue(f == null || f.reply() == null ? "" : f.reply());
        rating.setValue(f == null ? null : f.rating());
        backlog.setValue(f != null && f.backlog());
        resolved.setValue(f != null && f.resolved());
        quality.removeAll();
        quality.add(FormSupport.dataQuality(d == null ? null : d.dataQuality()));
        boolean editable = service.canEdit();
        FormSupport.readOnly(fields, !editable);
        extended.setReadOnly(!editable);
        backlog.setReadOnly(!editable);
        resolved.setReadOnly(!editable);
        save.setVisible(editable);
        FormSupport.clear(fields);
    }

    private void save() {
        PetitionForm form = new PetitionForm(org.getValue() == null ? null : org.getValue().id(), petitionNo.getValue(),
                channel.getValue() == null ? null : channel.getValue().code(), petitioner.getValue(), subject.getValue(),
                content.getValue(), registered.getValue(), acknowledged.getValue(), due.getValue(), extended.getValue(),
                closed.getValue(), reply.getValue(), rating.getValue(), backlog.getValue(), resolved.getValue(), status.getValue());
        try {
            PetitionDetail saved = loaded == null ? service.create(form) : service.update(loaded.id(), loaded.version(), form);
            Notifier.success("信访事项已保存");
            if (loaded == null) {
                getUI().ifPresent(ui -> ui.navigate(PetitionView.class, new RouteParameters("id", String.valueOf(saved.id()))));
            } else {
                show(saved);
            }
        } catch (BusinessRuleException e) {
            FormSupport.showViolations(e, fields);
        }
    }
}
