package org.casework.enforcement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.Formats;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Notifier;
import org.casework.enforcement.EnforcementSettingsService;
import org.casework.enforcement.HearingThresholdRow;
import org.casework.enforcement.ProcedureSettings;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.security.Role;
import org.casework.security.ScopedOrgs;

/**
 * 处罚程序设置 (system administrators): per organisation, the numbers domain-rules §1 and §6.2 mark
 * configurable — the statement-and-defence window, the hearing-request window and the publication period —
 * each shown with its legal default and where the value in force comes from, the fixed texts of
 * decisions, and the hearing thresholds ("较大数额", per party kind and field). Units below inherit;
 * 恢复法定默认 drops the organisation's own values. {@link EnforcementSettingsService} checks role, scope
 * and the limits; its refusals are shown on the fields they name.
 */
@Route("admin/enforcement-settings")
@PageTitle("处罚程序设置 · casework")
@Menu(title = "nav.enforcementSettings", order = 936, icon = "vaadin:sliders")
@RolesAllowed(Role.ADMIN_)
public class EnforcementSettingsView extends VerticalLayout {

    private final EnforcementSettingsService settings;
    private final OrgService orgs;
    private final ComboBox<OrgRef> org = new ComboBox<>();
    private final Paragraph source = new Paragraph();

    final IntegerField defenceDays = days("enforcementSettings.defenceDays", "defence-days");
    final IntegerField hearingRequestDays = days("enforcementSettings.hearingRequestDays", "hearing-request-days");
    final IntegerField publicationDays = days("enforcementSettings.publicationDays", "publication-days");
    final TextField reconsiderationBody = text("enforcementSettings.reconsiderationBody", "reconsideration-body");
    final TextField court = text("enforcementSettings.court", "court");
    final TextArea paymentAccount = new TextArea();
    final TextField contactPerson = text("enforcementSettings.contactPerson", "contact-person");
    final TextField contactPhone = text("enforcementSettings.contactPhone", "contact-phone");
    final TextField contactAddress = text("enforcementSettings.contactAddress", "contact-address");
    private final Map<String, HasValidation> settingFields = new LinkedHashMap<>();
    private final Button save = new Button();
    private final Button reset = new Button();

    final Grid<HearingThresholdRow> thresholds = new Grid<>();
    private final Paragraph thresholdDefaults = new Paragraph();
    final ComboBox<PartyKind> partyKind = Pickers.labelled("", PartyKind.class);
    final TextField field = text("enforcementSettings.field", "threshold-field");
    final BigDecimalField fineAmount = new BigDecimalField();
    final BigDecimalField confiscationAmount = new BigDecimalField();
    final TextField basis = text("enforcementSettings.basis", "threshold-basis");
    private final Map<String, HasValidation> thresholdFields = new LinkedHashMap<>();
    private Long editing;

    public EnforcementSettingsView(EnforcementSettingsService settings, OrgService orgs, ScopedOrgs scoped) {
        this.settings = settings;
        this.orgs = orgs;
        addClassName("view-content");
        org.setLabel(getTranslation("enforcementSettings.org"));
        org.setItems(scoped.visible());
        org.setItemLabelGenerator(OrgRef::label);
        org.setWidth("28em");
        org.setId("settings-org");
        org.addValueChangeListener(e -> show());
        source.setId("settings-source");

        paymentAccount.setLabel(getTranslation("enforcementSettings.paymentAccount"));
        paymentAccount.setId("payment-account");
        defenceDays.setHelperText(getTranslation("enforcementSettings.defenceDays.default"));
        hearingRequestDays.setHelperText(getTranslation("enforcementSettings.hearingRequestDays.default"));
        publicationDays.setHelperText(getTranslation("enforcementSettings.publicationDays.default"));
        // the names the service's rules use (EnforcementSettingsService.check) → the fields showing them
        settingFields.put("陈述申辩期限", defenceDays);
        settingFields.put("听证申请期限", hearingRequestDays);
        settingFields.put("公开期限", publicationDays);
        settingFields.put("行政复议机关", reconsiderationBody);
        settingFields.put("管辖法院", court);
        settingFields.put("缴款方式", paymentAccount);
        settingFields.put("联系人", contactPerson);
        settingFields.put("联系电话", contactPhone);
        settingFields.put("联系地址", contactAddress);
        FormLayout form = new FormLayout(defenceDays, hearingRequestDays, publicationDays, reconsiderationBody, court, paymentAccount,
                contactPerson, contactPhone, contactAddress);
        form.setColspan(paymentAccount, 2);
        save.setText(getTranslation("enforcementSettings.save"));
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        reset.setText(getTranslation("enforcementSettings.reset"));
        reset.setId("reset-settings");
        reset.addClickListener(e -> reset());

        add(new H2(getTranslation("nav.enforcementSettings")), new Paragraph(getTranslation("enforcementSettings.hint")), org,
                new H3(getTranslation("enforcementSettings.procedure")), source, form, new HorizontalLayout(save, reset),
                new H3(getTranslation("enforcementSettings.thresholds")), new Paragraph(getTranslation("enforcementSettings.thresholds.hint")),
                thresholdDefaults, thresholdGrid(), thresholdForm());
        org.getListDataView().getItems().findFirst().ifPresent(org::setValue);
    }

    // ---- procedure settings ----

    private void show() {
        FormSupport.clear(settingFields);
        FormSupport.clear(thresholdFields);
        boolean chosen = org.getValue() != null;
        save.setEnabled(chosen);
        newThreshold();
        if (!chosen) {
            source.setText("");
            reset.setEnabled(false);
            thresholds.setItems();
            thresholdDefaults.setText("");
            return;
        }
        long orgId = org.getValue().id();
        ProcedureSettings s = settings.effective(orgId);
        defenceDays.setValue(s.defenceDays());
        hearingRequestDays.setValue(s.hearingRequestDays());
        publicationDays.setValue(s.publicationDays());
        reconsiderationBody.setValue(Objects.requireNonNullElse(s.reconsiderationBody(), ""));
        court.setValue(Objects.requireNonNullElse(s.court(), ""));
        paymentAccount.setValue(Objects.requireNonNullElse(s.paymentAccount(), ""));
        contactPerson.setValue(Objects.requireNonNullElse(s.contactPerson(), ""));
        contactPhone.setValue(Objects.requireNonNullElse(s.contactPhone(), ""));
        contactAddress.setValue(Objects.requireNonNullElse(s.contactAddress(), ""));
        boolean own = s.sourceOrgId() != null && s.sourceOrgId() == orgId;
        source.setText(s.sourceOrgId() == null ? getTranslation("enforcementSettings.source.default")
                : own ? getTranslation("enforcementSettings.source.own")
                : getTranslation("enforcementSettings.source.inherited", orgs.get(s.sourceOrgId()).label()));
        reset.setEnabled(own);
        showThresholds(orgId);
    }

    private void save() {
        if (org.getValue() == null) {
            return;
        }
        long orgId = org.getValue().id();
        try {
            settings.save(orgId, new ProcedureSettings(orgId, false, number(defenceDays), number(hearingRequestDays), number(publicationDays),
                    reconsiderationBody.getValue(), court.getValue(), paymentAccount.getValue(), contactPerson.getValue(),
                    contactPhone.getValue(), contactAddress.getValue()));
            Notifier.success(getTranslation("enforcementSettings.saved"));
            show();
        } catch (BusinessRuleException ex) {
            FormSupport.showViolations(ex, settingFields);
        }
    }

    private void reset() {
        if (org.getValue() == null) {
            return;
        }
        settings.reset(org.getValue().id());
        Notifier.success(getTranslation("enforcementSettings.resetDone"));
        show();
    }

    // ---- hearing thresholds ----

    private Grid<HearingThresholdRow> thresholdGrid() {
        thresholds.setId("hearing-thresholds");
        thresholds.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        thresholds.addColumn(r -> Pickers.label(r.partyKind())).setHeader(getTranslation("enforcementSettings.partyKind")).setAutoWidth(true);
        thresholds.addColumn(r -> r.field() == null ? getTranslation("enforcementSettings.everyField") : r.field())
                .setHeader(getTranslation("enforcementSettings.field")).setAutoWidth(true);
        thresholds.addColumn(r -> yuan(r.fineAmount())).setHeader(getTranslation("enforcementSettings.fineAmount")).setAutoWidth(true);
        thresholds.addColumn(r -> yuan(r.confiscationAmount())).setHeader(getTranslation("enforcementSettings.confiscationAmount"))
                .setAutoWidth(true);
        thresholds.addColumn(HearingThresholdRow::basis).setHeader(getTranslation("enforcementSettings.basis")).setFlexGrow(1);
        thresholds.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("enforcementSettings.edit"), e -> edit(r));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setId("edit-threshold-" + r.id());
            Button delete = new Button(getTranslation("enforcementSettings.delete"), e -> delete(r));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setId("delete-threshold-" + r.id());
            return new HorizontalLayout(edit, delete);
        }).setKey("actions").setAutoWidth(true);
        thresholds.setAllRowsVisible(true);
        return thresholds;
    }

    private VerticalLayout thresholdForm() {
        partyKind.setLabel(getTranslation("enforcementSettings.partyKind"));
        partyKind.setId("threshold-party-kind");
        field.setPlaceholder(getTranslation("enforcementSettings.everyField"));
        fineAmount.setLabel(getTranslation("enforcementSettings.fineAmount"));
        fineAmount.setId("threshold-fine");
        confiscationAmount.setLabel(getTranslation("enforcementSettings.confiscationAmount"));
        confiscationAmount.setId("threshold-confiscation");
        thresholdFields.put("当事人类型", partyKind);
        thresholdFields.put("执法领域", field);
        thresholdFields.put("罚款金额", fineAmount);
        thresholdFields.put("依据", basis);
        Button saveThreshold = new Button(getTranslation("enforcementSettings.saveThreshold"), e -> saveThreshold());
        saveThreshold.setId("save-threshold");
        saveThreshold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("enforcementSettings.newThreshold"), e -> newThreshold());
        clear.setId("new-threshold");
        FormLayout form = new FormLayout(partyKind, field, fineAmount, confiscationAmount, basis);
        form.setColspan(basis, 2);
        VerticalLayout box = new VerticalLayout(form, new HorizontalLayout(saveThreshold, clear));
        box.setPadding(false);
        return box;
    }

    private void showThresholds(long orgId) {
        thresholds.setItems(settings.thresholds(orgId));
        HearingThresholdRow person = settings.thresholdFor(orgId, PartyKind.PERSON, null);
        HearingThresholdRow organisation = settings.thresholdFor(orgId, PartyKind.LEGAL_PERSON, null);
        thresholdDefaults.setText(getTranslation("enforcementSettings.thresholds.inForce", yuan(person.fineAmount()),
                thresholdSource(orgId, person), yuan(organisation.fineAmount()), thresholdSource(orgId, organisation)));
    }

    private String thresholdSource(long orgId, HearingThresholdRow row) {
        if (row.orgId() == null) {
            return getTranslation("enforcementSettings.source.referenceDefault");
        }
        return row.orgId() == orgId ? getTranslation("enforcementSettings.source.ownShort") : orgs.get(row.orgId()).label();
    }

    private void edit(HearingThresholdRow row) {
        FormSupport.clear(thresholdFields);
        editing = row.id();
        partyKind.setValue(row.partyKind());
        field.setValue(Objects.requireNonNullElse(row.field(), ""));
        fineAmount.setValue(row.fineAmount());
        confiscationAmount.setValue(row.confiscationAmount());
        basis.setValue(Objects.requireNonNullElse(row.basis(), ""));
    }

    private void newThreshold() {
        editing = null;
        partyKind.setValue(PartyKind.PERSON);
        field.clear();
        fineAmount.clear();
        confiscationAmount.clear();
        basis.clear();
    }

    private void saveThreshold() {
        if (org.getValue() == null) {
            return;
        }
        try {
            settings.saveThreshold(new HearingThresholdRow(editing, org.getValue().id(), partyKind.getValue(),
                    field.getValue().isBlank() ? null : field.getValue(), fineAmount.getValue(), confiscationAmount.getValue(),
                    basis.getValue()));
            Notifier.success(getTranslation("enforcementSettings.thresholdSaved"));
            FormSupport.clear(thresholdFields);
            newThreshold();
            showThresholds(org.getValue().id());
        } catch (BusinessRuleException ex) {
            FormSupport.showViolations(ex, thresholdFields);
        }
    }

    private void delete(HearingThresholdRow row) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("enforcementSettings.deleteTitle"),
                getTranslation("enforcementSettings.deleteText", row.partyKind() == null ? "" : row.partyKind().label(),
                        row.field() == null || row.field().isBlank() ? getTranslation("enforcementSettings.allFields") : row.field()),
                getTranslation("enforcementSettings.delete"), e -> deleteConfirmed(row));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void deleteConfirmed(HearingThresholdRow row) {
        settings.deleteThreshold(row.id());
        Notifier.success(getTranslation("enforcementSettings.thresholdDeleted"));
        if (Objects.equals(editing, row.id())) {
            newThreshold();
        }
        showThresholds(org.getValue().id());
    }

    // ---- helpers ----

    private IntegerField days(String key, String id) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("enforcementSettings.workingDays")));
        f.setStepButtonsVisible(true);
        f.setId(id);
        return f;
    }

    private TextField text(String key, String id) {
        TextField f = new TextField(getTranslation(key));
        f.setId(id);
        return f;
    }

    /** An empty field is sent as 0, which the service refuses with its message. */
    private static int number(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "—" : Formats.yuan(amount);
    }
}
