package org.casework.enforcement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.casework.base.Labelled;
import org.casework.base.RuleViolation;
import org.casework.base.ui.Formats;
import org.casework.enforcement.BasisSource;
import org.casework.enforcement.CaseOfficer;
import org.casework.enforcement.CoerciveMeasure;
import org.casework.enforcement.CollectiveDiscussion;
import org.casework.enforcement.NoPenaltyReason;
import org.casework.enforcement.PenaltyCaseForm;
import org.casework.enforcement.PenaltyOutcome;
import org.casework.enforcement.PenaltyPayment;
import org.casework.enforcement.PenaltyType;
import org.casework.enforcement.ProcedureType;
import org.casework.enforcement.StatementDefence;
import org.casework.enforcement.TransferType;
import org.casework.staff.OfficerRef;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;

/**
 * Every field of a penalty case, in the sections of the paper file: party, filing, decision and
 * penalties, review/discussion/defence/hearing, service and publication, transfer, payment, closing.
 * Labels are the ledger's column names, so that a rule violation finds its field by label.
 */
class CaseFields extends VerticalLayout {

    private static final List<String> SERVICE_METHODS = List.of("直接送达", "留置送达", "邮寄送达", "电子送达", "委托送达", "公告送达");

    final ComboBox<OrgRef> org;
    final TextField caseNo = new TextField("案号");
    final ComboBox<ProcedureType> procedure = Pickers.labelled("程序", ProcedureType.class);
    final ComboBox<PartyKind> partyKind = Pickers.labelled("当事人类型", PartyKind.class);
    final TextField partyName = new TextField("当事人");
    final TextField partyIdNumber = new TextField("证件号码");
    final TextField cause = new TextField("案由");
    final TextField enforcementField = new TextField("执法领域");
    final ComboBox<BasisSource> basisSource = Pickers.labelled("执法依据来源", BasisSource.class);
    final TextField entrustingOrgan = new TextField("委托机关");
    final TextField leadSource = new TextField("线索来源");
    final DatePicker leadDate = Formats.datePicker("线索日期");
    final DatePicker filedDate = Formats.datePicker("立案日期");
    final IntegerField extensionDays = new IntegerField("延期天数");
    final IntegerField pausedDays = new IntegerField("中止天数");
    final LineEditor<CaseOfficer> officers;
    final DatePicker decisionDate = Formats.datePicker("决定日期");
    final ComboBox<PenaltyOutcome> outcome = Pickers.labelled("决定结果", PenaltyOutcome.class);
    final ComboBox<NoPenaltyReason> noPenaltyReason = Pickers.labelled("不予处罚理由", NoPenaltyReason.class);
    final MultiSelectComboBox<PenaltyType> penaltyTypes = new MultiSelectComboBox<>("处罚种类");
    final BigDecimalField fineAmount = new BigDecimalField("罚款金额");
    final BigDecimalField confiscationAmount = new BigDecimalField("没收金额");
    final Checkbox legalReviewRequired = new Checkbox("需法制审核");
    final DatePicker legalReviewDate = Formats.datePicker("法制审核完成日期");
    final LineEditor<CollectiveDiscussion> discussions =
            new LineEditor<>("集体讨论", "添加集体讨论", CaseLines.Discussion::new);
    final LineEditor<StatementDefence> defences = new LineEditor<>("陈述申辩", "添加陈述申辩", CaseLines.Defence::new);
    final DatePicker hearingRequestDate = Formats.datePicker("听证申请日期");
    final DatePicker hearingDate = Formats.datePicker("听证日期");
    final DatePicker serviceDate = Formats.datePicker("送达日期");
    final ComboBox<String> serviceMethod = new ComboBox<>("送达方式");
    final DatePicker publicationDate = Formats.datePicker("公开日期");
    final DatePicker publicationWithdrawnDate = Formats.datePicker("撤回公开日期");
    final ComboBox<TransferType> transferType = Pickers.labelled("移送类型", TransferType.class);
    final TextField transferOrgan = new TextField("移送机关");
    final DatePicker transferDate = Formats.datePicker("移送日期");
    final LineEditor<PenaltyPayment> payments = new LineEditor<>("缴款", "添加缴款记录", CaseLines.Payment::new);
    final LineEditor<CoerciveMeasure> measures = new LineEditor<>("行政强制措施", "添加强制措施", CaseLines.Measure::new);
    final DatePicker courtApplicationDate = Formats.datePicker("申请法院强制执行日期");
    final DatePicker closedDate = Formats.datePicker("结案日期");
    final DatePicker archivedDate = Formats.datePicker("归档日期");

    /** Fields by their label, for showing a violation where it belongs. */
    private final Map<String, HasValidation> byLabel = new LinkedHashMap<>();
    private final Map<String, LineEditor<?>> listsByLabel = new LinkedHashMap<>();
    private final Function<Long, List<OfficerRef>> officersOf;
    private List<OfficerRef> officerChoices = List.of();

    /**
     * {@code officersOf}: the officers who may handle a case of an organisation (those on duty there);
     * {@code scope}: the organisations the user may file cases for.
     */
    CaseFields(OrgService orgService, Set<Long> scope, Function<Long, List<OfficerRef>> officersOf) {
        this.officersOf = officersOf;
        setPadding(false);
        org = Pickers.orgs("执法主体", orgService, scope);
        officers = new LineEditor<>("承办人员", "添加承办人员", o -> new CaseLines.Officer(o, officerChoices));
        penaltyTypes.setItems(PenaltyType.values());
        penaltyTypes.setItemLabelGenerator(Labelled::label);
        serviceMethod.setItems(SERVICE_METHODS);
        serviceMethod.setAllowCustomValue(true);
        serviceMethod.addCustomValueSetListener(e -> serviceMethod.setValue(e.getDetail()));
        fineAmount.setSuffixComponent(new Span("元"));
        confiscationAmount.setSuffixComponent(new Span("元"));
        cause.setWidthFull();
        org.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choosableOfficers(e.getValue() == null ? null : e.getValue().id(), List.of());
            }
        });
        section("当事人与案件", org, caseNo, procedure, partyKind, partyName, partyIdNumber, cause, enforcementField,
                basisSource, entrustingOrgan);
        section("线索与立案", leadSource, leadDate, filedDate, extensionDays, pausedDays);
        add(officers);
        section("决定与处罚", decisionDate, outcome, noPenaltyReason, penaltyTypes, fineAmount, confiscationAmount);
        section("法制审核、集体讨论、陈述申辩与听证", legalReviewRequired, legalReviewDate, hearingRequestDate, hearingDate);
        add(discussions, defences);
        section("送达与公开", serviceDate, serviceMethod, publicationDate, publicationWithdrawnDate);
        section("移送", transferType, transferOrgan, transferDate);
        add(new H3("缴款与执行"), payments, measures);
        section(null, courtApplicationDate);
        section("结案", closedDate, archivedDate);
        Component[] labelled = {org, caseNo, procedure, partyKind, partyName, partyIdNumber, cause, enforcementField,
                basisSource, entrustingOrgan, leadSource, leadDate, filedDate, extensionDays, pausedDays, decisionDate, outcome,
                noPenaltyReason, penaltyTypes, fineAmount, confiscationAmount, legalReviewDate, hearingRequestDate, hearingDate,
                serviceDate, serviceMethod, publicationDate, publicationWithdrawnDate, transferType, transferOrgan,
                transferDate, courtApplicationDate, closedDate, archivedDate};
        for (Component field : labelled) {
            byLabel.put(((HasLabel) field).getLabel(), (HasValidation) field);
        }
        listsByLabel.put("承办人员", officers);
        listsByLabel.put("集体讨论日期", discussions);
        listsByLabel.put("陈述申辩日期", defences);
        listsByLabel.put("缴款日期", payments);
        listsByLabel.put("实缴金额", payments);
        listsByLabel.put("加处罚款", payments);
        listsByLabel.put("强制措施", measures);
    }

    /**
     * Shows the case. {@code recorded}: the officers already on the case, choosable even when no longer
     * on duty.
     */
    void fill(PenaltyCaseForm f, List<OfficerRef> recorded) {
        choosableOfficers(f.orgId(), recorded);
        org.setValue(org.getListDataView().getItems().filter(o -> o.id().equals(f.orgId())).findFirst().orElse(null));
        caseNo.setValue(text(f.caseNo()));
        procedure.setValue(f.procedure());
        partyKind.setValue(f.partyKind());
        partyName.setValue(text(f.partyName()));
        partyIdNumber.setValue(text(f.partyIdNumber()));
        cause.setValue(text(f.cause()));
        enforcementField.setValue(text(f.enforcementField()));
        basisSource.setValue(f.basisSource());
        entrustingOrgan.setValue(text(f.entrustingOrgan()));
        leadSource.setValue(text(f.leadSource()));
        leadDate.setValue(f.leadDate());
        filedDate.setValue(f.filedDate());
        extensionDays.setValue(f.extensionDays());
        pausedDays.setValue(f.pausedDays());
        officers.setValues(f.officers());
        decisionDate.setValue(f.decisionDate());
        outcome.setValue(f.outcome());
        noPenaltyReason.setValue(f.noPenaltyReason());
        penaltyTypes.setValue(new TreeSet<>(f.penaltyTypes()));
        fineAmount.setValue(f.fineAmount());
        confiscationAmount.setValue(f.confiscationAmount());
        legalReviewRequired.setValue(f.legalReviewRequired());
        legalReviewDate.setValue(f.legalReviewDate());
        discussions.setValues(f.discussions());
        defences.setValues(f.defences());
        hearingRequestDate.setValue(f.hearingRequestDate());
        hearingDate.setValue(f.hearingDate());
        serviceDate.setValue(f.serviceDate());
        serviceMethod.setValue(f.serviceMethod());
        publicationDate.setValue(f.publicationDate());
        publicationWithdrawnDate.setValue(f.publicationWithdrawnDate());
        transferType.setValue(f.transferType());
        transferOrgan.setValue(text(f.transferOrgan()));
        transferDate.setValue(f.transferDate());
        payments.setValues(f.payments());
        measures.setValues(f.measures());
        courtApplicationDate.setValue(f.courtApplicationDate());
        closedDate.setValue(f.closedDate());
        archivedDate.setValue(f.archivedDate());
    }

    PenaltyCaseForm read() {
        return new PenaltyCaseForm(org.getValue() == null ? null : org.getValue().id(), caseNo.getValue(),
                procedure.getValue(), partyKind.getValue(), partyName.getValue(), partyIdNumber.getValue(), cause.getValue(),
                enforcementField.getValue(), basisSource.getValue(), entrustingOrgan.getValue(), leadSource.getValue(),
                leadDate.getValue(), filedDate.getValue(), extensionDays.getValue(), pausedDays.getValue(), officers.values(),
                decisionDate.getValue(), outcome.getValue(), noPenaltyReason.getValue(), new ArrayList<>(penaltyTypes.getValue()),
                fineAmount.getValue(), confiscationAmount.getValue(), legalReviewRequired.getValue(), legalReviewDate.getValue(),
                discussions.values(), defences.values(), hearingRequestDate.getValue(), hearingDate.getValue(),
                serviceDate.getValue(), serviceMethod.getValue(), publicationDate.getValue(), publicationWithdrawnDate.getValue(),
                transferType.getValue(), transferOrgan.getValue(), transferDate.getValue(), payments.values(), measures.values(),
                courtApplicationDate.getValue(), closedDate.getValue(), archivedDate.getValue());
    }

    void setReadOnly(boolean readOnly) {
        byLabel.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(readOnly));
        legalReviewRequired.setReadOnly(readOnly);
        listsByLabel.values().stream().distinct().forEach(l -> l.setReadOnly(readOnly));
    }

    /** Marks the fields the violations name; returns the violations no field shows. */
    List<RuleViolation> showViolations(List<RuleViolation> violations) {
        clearViolations();
        List<RuleViolation> unplaced = new ArrayList<>();
        for (RuleViolation v : violations) {
            HasValidation field = v.field() == null ? null : byLabel.get(v.field());
            LineEditor<?> list = v.field() == null ? null : listsByLabel.get(v.field());
            if (field != null) {
                field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + "；" + v.message() : v.message());
                field.setInvalid(true);
            } else if (list != null) {
                list.setError(v.message());
            } else {
                unplaced.add(v);
            }
        }
        return unplaced;
    }

    void clearViolations() {
        byLabel.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        listsByLabel.values().forEach(l -> l.setError(null));
    }

    HasValidation field(String label) {
        return byLabel.get(label);
    }

    private void choosableOfficers(Long orgId, List<OfficerRef> recorded) {
        List<OfficerRef> choices = new ArrayList<>(orgId == null ? List.of() : officersOf.apply(orgId));
        recorded.stream().filter(r -> choices.stream().noneMatch(c -> c.id().equals(r.id()))).forEach(choices::add);
        List<CaseOfficer> chosen = officers.values();
        officerChoices = choices;
        officers.setValues(chosen);
    }

    private void section(String title, Component... fields) {
        if (title != null) {
            add(new H3(title));
        }
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        add(form);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
