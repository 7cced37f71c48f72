package org.casework.enforcement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.LeadForm;
import org.casework.enforcement.RegisteredLead;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;

/**
 * 登记线索: registers a general-procedure lead and starts the general procedure at its lead check, then
 * opens the case's work page. The party may stay unknown until the check. Same service as the API.
 */
@Route("enforcement/leads/new")
@PageTitle("登记线索 · casework")
@Menu(title = "nav.newLead", order = 21, icon = "vaadin:plus-circle")
@RolesAllowed({Role.OFFICER_, Role.HEAD_, Role.PETITION_CLERK_})
public class LeadView extends VerticalLayout {

    final ComboBox<OrgRef> org;
    final TextField source = new TextField("线索来源");
    final DatePicker leadDate = Formats.datePicker("线索日期");
    final ComboBox<PartyKind> partyKind = Pickers.labelled("当事人类型", PartyKind.class);
    final TextField partyName = new TextField("当事人");
    final TextField partyIdNumber = new TextField("证件号码");
    final TextField partyAddress = new TextField("当事人地址");
    final TextField partyPhone = new TextField("联系电话");
    final TextField cause = new TextField("案由");
    final TextArea summary = new TextArea("线索内容");
    final TextField reference = new TextField("来源编号");
    final DatePicker actDate = Formats.datePicker("违法行为日期");
    final TextField actPlace = new TextField("违法行为地点");
    final TextField field = new TextField("执法领域");

    private final EnforcementWorkflowService workflow;

    public LeadView(EnforcementWorkflowService workflow, OrgService orgs, CurrentUser current, Clock clock) {
        this.workflow = workflow;
        UserContext user = current.get();
        addClassName("view-content");
        org = Pickers.orgs("执法主体", orgs, user.scopeOrgIds());
        org.setValue(orgs.get(user.orgId()));
        source.setValue("日常巡查");
        leadDate.setValue(LocalDate.now(clock));
        summary.setMaxLength(2000);
        cause.setRequiredIndicatorVisible(true);
        source.setRequiredIndicatorVisible(true);
        leadDate.setRequiredIndicatorVisible(true);
        org.setRequiredIndicatorVisible(true);

        FormLayout form = new FormLayout(org, source, leadDate, reference, cause, field, actDate, actPlace,
                partyKind, partyName, partyIdNumber, partyAddress, partyPhone, summary);
        form.setColspan(summary, 2);
        Button register = new Button("登记线索并开始核查", e -> register());
        register.setId("register-lead");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("登记线索"), new Paragraph("登记后进入一般程序的线索核查（十五个工作日，《市场监督管理行政处罚程序规定》第十八条）；"
                + "当事人尚不清楚的，可在核查时补充。"), form, register);
    }

    private void register() {
        RegisteredLead lead = workflow.registerLead(new LeadForm(org.getValue() == null ? null : org.getValue().id(),
                source.getValue(), leadDate.getValue(), partyKind.getValue(), partyName.getValue(), partyIdNumber.getValue(),
                partyAddress.getValue(), partyPhone.getValue(), cause.getValue(), summary.getValue(), reference.getValue(),
                actDate.getValue(), actPlace.getValue(), field.getValue()));
        Notifier.success("线索已登记，案号 " + lead.caseNo());
        getUI().ifPresent(ui -> ui.navigate("enforcement/work/" + lead.caseId()));
    }
}
