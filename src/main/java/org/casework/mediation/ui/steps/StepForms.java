package org.casework.mediation.ui.steps;

import com.vaadin.flow.component.Component;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.DisputeCaseService;
import org.casework.mediation.MediationStep;
import org.casework.mediation.MediationWorkflowService;

/** The form of each step of the mediation process, for the dispute's detail screen. */
public final class StepForms {

    private StepForms() {
    }

    /**
     * The form of the step, with the id {@code step-<step>} (e.g. {@code step-visit-parties}), so that two
     * steps open at once (the follow-up visit beside the judicial confirmation) can be told apart.
     */
    public static Component of(MediationStep step, MediationWorkflowService workflow, DisputeCaseService cases, DisputeCase file,
                               Runnable done) {
        Component form = form(step, workflow, cases, file, done);
        form.setId(idOf(step));
        return form;
    }

    /** The id of a step's form on the dispute page. */
    public static String idOf(MediationStep step) {
        return "step-" + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static Component form(MediationStep step, MediationWorkflowService workflow, DisputeCaseService cases, DisputeCase file,
                                  Runnable done) {
        return switch (step) {
            case CHECK_WILLINGNESS -> new WillingnessStep(workflow, file, done);
            case REGISTER_DISPUTE -> new RegistrationStep(workflow, file, done);
            case ASSIGN_MEDIATORS -> new AssignmentStep(workflow, file, cases.assignable(file.dispute().id()), done);
            case HOLD_SESSION -> new SessionStep(workflow, file, done);
            case REPORT_RISK -> new RiskReportStep(workflow, file, done);
            case DECIDE_ON_TIME_LIMIT -> new ExtensionStep(workflow, file, true, done);
            case SIGN_WRITTEN_AGREEMENT -> new WrittenAgreementStep(workflow, file, done);
            case RECORD_ORAL_AGREEMENT -> new OralAgreementStep(workflow, file, done);
            case TERMINATE_MEDIATION -> new TerminationStep(workflow, file, done);
            case VISIT_PARTIES -> new VisitStep(workflow, file, done);
            case RECORD_CONFIRMATION_APPLICATION -> new ConfirmationApplicationStep(workflow, file, done);
            case RECORD_COURT_DECISION -> new CourtDecisionStep(workflow, file, done);
            case ARCHIVE_CASE_FILE -> new ArchiveStep(workflow, file, done);
        };
    }
}
