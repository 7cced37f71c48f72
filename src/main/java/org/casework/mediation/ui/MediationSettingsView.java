package org.casework.mediation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Notifier;
import org.casework.mediation.MediationKind;
import org.casework.mediation.MediationRule;
import org.casework.mediation.MediationSettingsService;
import org.casework.org.OrgRef;
import org.casework.security.Role;
import org.casework.security.ScopedOrgs;

/**
 * 调解期限设置 (system administrators): per organisation and kind of mediation, the time limit, the
 * extension, the follow-up, and a 矛调中心's service levels. Units below inherit; 恢复默认 drops the
 * organisation's own values.
 */
@Route("admin/mediation-settings")
@PageTitle("调解期限设置 · casework")
@Menu(title = "nav.mediationSettings", order = 935, icon = "vaadin:timer")
@RolesAllowed(Role.ADMIN_)
public class MediationSettingsView extends VerticalLayout {

    private final MediationSettingsService settings;
    private final ComboBox<OrgRef> org = new ComboBox<>();
    private final VerticalLayout kinds = new VerticalLayout();

    public MediationSettingsView(MediationSettingsService settings, ScopedOrgs scoped) {
        this.settings = settings;
        addClassName("view-content");
        org.setLabel(getTranslation("mediationSettings.org"));
        org.setItems(scoped.visible());
        org.setItemLabelGenerator(OrgRef::label);
        org.setWidth("28em");
        org.setId("settings-org");
        org.addValueChangeListener(e -> show());
        kinds.setPadding(false);
        add(new H2(getTranslation("nav.mediationSettings")), new Paragraph(getTranslation("mediationSettings.hint")), org, kinds);
        org.getListDataView().getItems().findFirst().ifPresent(org::setValue);
    }

    private void show() {
        kinds.removeAll();
        if (org.getValue() == null) {
            return;
        }
        for (MediationRule rule : settings.effectiveAll(org.getValue().id())) {
            kinds.add(editor(rule));
        }
    }

    private VerticalLayout editor(MediationRule rule) {
        long orgId = org.getValue().id();
        IntegerField limit = number("mediationSettings.limitDays", rule.limitDays());
        Checkbox working = new Checkbox(getTranslation("mediationSettings.workingDays"), rule.limitWorkingDays());
        IntegerField extension = number("mediationSettings.extensionDays", rule.extensionDays());
        IntegerField followUp = number("mediationSettings.followUpDays", rule.followUpDays());
        IntegerField reception = number("mediationSettings.receptionMinutes", rule.receptionMinutes());
        IntegerField plan = number("mediationSettings.planWorkingDays", rule.planWorkingDays());
        IntegerField serviceFollowUp = number("mediationSettings.serviceFollowUpDays", rule.serviceFollowUpDays());
        boolean centre = rule.kind() == MediationKind.CENTRE;
        reception.setVisible(centre);
        plan.setVisible(centre);
        serviceFollowUp.setVisible(centre);
        FormLayout form = new FormLayout(limit, working, extension, followUp, reception, plan, serviceFollowUp);
        Map<String, com.vaadin.flow.component.HasValidation> fields = FormSupport.byLabel(limit, extension, followUp, reception, plan,
                serviceFollowUp);
        Button save = new Button(getTranslation("mediationSettings.save"), e -> {
            try {
                settings.save(orgId, new MediationRule(rule.kind(), value(limit), working.getValue(), value(extension), value(followUp),
                        centre ? reception.getValue() : null, centre ? plan.getValue() : null, centre ? serviceFollowUp.getValue() : null, orgId));
                Notifier.success(getTranslation("mediationSettings.saved"));
                show();
            } catch (BusinessRuleException ex) {
                FormSupport.showViolations(ex, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-" + rule.kind().name());
        Button reset = new Button(getTranslation("mediationSettings.reset"), e -> {
            settings.reset(orgId, rule.kind());
            show();
        });
        reset.setEnabled(rule.setAt() != null && rule.setAt() == orgId);
        String source = rule.setAt() == null ? getTranslation("mediationSettings.default")
                : rule.setAt() == orgId ? getTranslation("mediationSettings.own") : getTranslation("mediationSettings.inherited");
        VerticalLayout box = new VerticalLayout(new H3(rule.kind().label() + "（" + source + "）"), form, new HorizontalLayout(save, reset));
        box.setPadding(false);
        return box;
    }

    private IntegerField number(String key, Integer value) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setValue(value);
        return f;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
