package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.casework.base.BusinessRuleException;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationForms.WrittenAgreementForm;
import org.casework.mediation.MediationWorkflowService;

/**
 * 制作并签署调解协议书 (人民调解法 第二十八、二十九条): the contents the law requires, a draft to print for
 * signing, and the confirmation that all signed; then the agreement is issued and the dispute closes.
 */
class WrittenAgreementStep extends StepForm {

    private final TextArea facts;
    private final TextField matters;
    private final TextArea responsibilities;
    private final TextArea terms;
    private final TextField method;
    private final DatePicker deadline;
    private final BigDecimalField amount;
    private final DatePicker signed;
    private final Checkbox signedByAll;

    WrittenAgreementStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        facts = wide(new TextArea(t("dispute.field.agreementFacts")));
        facts.setValue(file.dispute().facts() == null ? "" : file.dispute().facts());
        matters = wide(new TextField(t("dispute.field.disputedMatters")));
        matters.setId("disputed-matters");
        responsibilities = wide(new TextArea(t("dispute.field.responsibilities")));
        responsibilities.setId("responsibilities");
        terms = wide(new TextArea(t("dispute.field.terms")));
        terms.setId("terms");
        terms.setHelperText(t("dispute.agreement.termsHint"));
        method = field(new TextField(t("dispute.field.performanceMethod")));
        method.setId("performance-method");
        deadline = date("dispute.field.performanceDeadline", null);
        deadline.setId("performance-deadline");
        amount = field(new BigDecimalField(t("dispute.field.amount")));
        amount.setId("amount");
        amount.setHelperText(t("dispute.agreement.amountHint"));
        signed = date("dispute.field.signedOn", today());
        signedByAll = new Checkbox(t("dispute.field.signedByAll"));
        signedByAll.setId("signed-by-all");
        form.add(signedByAll);
        form.setColspan(signedByAll, 2);
        add(new Paragraph(t("dispute.agreement.hint")));
        Button preview = new Button(t("dispute.action.previewAgreement"), e -> preview());
        preview.setId("preview-agreement");
        add(new HorizontalLayout(preview, submit("dispute.action.signAgreement",
                () -> workflow.signWrittenAgreement(disputeId, value()))));
    }

    private WrittenAgreementForm value() {
        return new WrittenAgreementForm(facts.getValue(), matters.getValue(), responsibilities.getValue(),
                Arrays.stream(terms.getValue().split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                method.getValue(), deadline.getValue(), amount.getValue(), signed.getValue(), signedByAll.getValue());
    }

    /** The draft as PDF (no number yet), to print for the signatures. */
    private void preview() {
        try {
            byte[] pdf = workflow.previewAgreement(disputeId, value());
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(t("dispute.agreement.draft"));
            IFrame frame = new IFrame();
            frame.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(pdf),
                    "调解协议书（草稿）.pdf", "application/pdf", pdf.length)).inline());
            frame.setSizeFull();
            dialog.add(frame);
            dialog.setWidth("80vw");
            dialog.setHeight("90vh");
            dialog.getFooter().add(new Button(t("documents.action.close"), e -> dialog.close()));
            dialog.open();
        } catch (BusinessRuleException e) {
            run(() -> {
                throw e;
            });
        }
    }
}
