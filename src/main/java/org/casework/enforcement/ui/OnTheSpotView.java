package org.casework.enforcement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import org.casework.base.ui.Notifier;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.OnTheSpotForm;
import org.casework.enforcement.OnTheSpotResult;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;

/**
 * 当场处罚 (简易程序, 《行政处罚法》第五十一条至第五十三条): an officer records the on-the-spot decision; the
 * service checks the limits (≤ 200 yuan on a citizen, ≤ 3,000 yuan on an organisation, or a warning),
 * numbers the decision form and starts the simple procedure (hand-over, payment, filing). Above the
 * limits the case becomes a general-procedure lead. Then the case's work page opens.
 */
@Route("enforcement/on-the-spot")
@PageTitle("当场处罚 · casework")
@Menu(title = "nav.onTheSpot", order = 22, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.OFFICER_)
public class OnTheSpotView extends VerticalLayout {

    final ComboBox<OrgRef> org;
    final ComboBox<PartyKind> partyKind = Pickers.labelled("当事人类型", PartyKind.class);
    final TextField partyName = new TextField("当事人");
    final TextField partyIdNumber = new TextField("证件号码");
    final TextField partyAddress = new TextField("当事人地址");
    final TextField cause = new TextField("案由");
    final TextField field = new TextField("执法领域");
    final DateTimePicker actAt = new DateTimePicker("违法行为时间");
    final TextField place = new TextField("违法行为地点");
    final TextArea facts = new TextArea("违法事实");
    final TextField violated = new TextField("违反的规定");
    final TextField basis = new TextField("处罚依据");
    final BigDecimalField fine = new BigDecimalField("罚款金额（元，警告则留空）");
    final Checkbox certificate = new Checkbox("已出示执法证件");
    final TextField statement = new TextField("当事人陈述申辩");
    final Checkbox collected = new Checkbox("当场收缴罚款（一百元以下）");
    final Checkbox hardToPay = new Checkbox("不当场收缴事后难以执行");
    final MultiSelectComboBox<OfficerRef> officerPicker = new MultiSelectComboBox<>("执法人员（两名以上）");

    private final EnforcementWorkflowService workflow;

    public OnTheSpotView(EnforcementWorkflowService workflow, OrgService orgs, OfficerService officers, CurrentUser current,
                         Clock clock) {
        this.workflow = workflow;
        UserContext user = current.get();
        addClassName("view-content");
        org = Pickers.orgs("执法主体", orgs, user.scopeOrgIds());
        org.setValue(orgs.get(user.orgId()));
        officerPicker.setItemLabelGenerator(OfficerRef::label);
        officerPicker.setItems(officers.onDuty(user.orgId()));
        org.addValueChangeListener(e -> officerPicker.setItems(e.getValue() == null ? java.util.List.of() : officers.onDuty(e.getValue().id())));
        actAt.setValue(LocalDateTime.now(clock).withSecond(0).withNano(0));
        partyKind.setValue(PartyKind.PERSON);
        FormLayout form = new FormLayout(org, officerPicker, partyKind, partyName, partyIdNumber, partyAddress, cause, field, actAt, place,
                facts, violated, basis, fine, statement, certificate, collected, hardToPay);
        form.setColspan(facts, 2);
        Button decide = new Button("作出当场处罚决定", e -> decide());
        decide.setId("decide-on-the-spot");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("当场处罚"), new Paragraph("违法事实确凿并有法定依据，对公民处二百元以下、对法人或者其他组织处三千元以下罚款或者警告的，"
                + "可以当场作出行政处罚决定（《行政处罚法》第五十一条）；超出的转为一般程序线索。"), form, decide);
    }

    private void decide() {
        OnTheSpotResult result = workflow.decideOnTheSpot(new OnTheSpotForm(org.getValue() == null ? null : org.getValue().id(),
                partyKind.getValue(), partyName.getValue(), partyIdNumber.getValue(), partyAddress.getValue(), null, cause.getValue(),
                field.getValue(), actAt.getValue(), place.getValue(), facts.getValue(), violated.getValue(), basis.getValue(),
                fine.getValue(), certificate.getValue(), statement.getValue(), collected.getValue(), hardToPay.getValue(),
                officerPicker.getSelectedItems().stream().map(OfficerRef::id).toList()));
        if (result.decided()) {
            Notifier.success("已作出当场处罚决定 " + result.decisionNumber());
        } else {
            Notifier.error(result.message());
        }
        getUI().ifPresent(ui -> ui.navigate("enforcement/work/" + result.caseId()));
    }
}
