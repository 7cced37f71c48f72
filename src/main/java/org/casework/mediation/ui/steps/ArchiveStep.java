package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.html.Paragraph;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.MediationWorkflowService;

/** 归档（一案一卷）: every valid document goes into one case file, downloadable from the documents panel. */
class ArchiveStep extends StepForm {

    ArchiveStep(MediationWorkflowService workflow, DisputeCase file, Runnable done) {
        super(workflow, file, done);
        add(new Paragraph(t("dispute.archive.hint")));
        add(submit("dispute.action.archive", () -> workflow.archive(disputeId)));
    }
}
