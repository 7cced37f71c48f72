package org.casework.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.tasks.TaskInboxService;
import org.springframework.stereotype.Component;

/** Reads a workflow case for its screen ({@link CaseWork}). */
@Component
class CaseWorkReader {

    private final CaseFiles files;
    private final CaseProcesses processes;
    private final CaseDeadlines deadlines;
    private final CaseTimeline timeline;
    private final PenaltyCaseService cases;
    private final TaskInboxService inbox;
    private final EnforcementTaskForms forms;
    private final Clock clock;

    CaseWorkReader(CaseFiles files, CaseProcesses processes, CaseDeadlines deadlines, CaseTimeline timeline, PenaltyCaseService cases,
                   TaskInboxService inbox, EnforcementTaskForms forms, Clock clock) {
        this.files = files;
        this.processes = processes;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.cases = cases;
        this.inbox = inbox;
        this.forms = forms;
        this.clock = clock;
    }

    CaseWork read(long caseId) {
        PenaltyCaseDetail detail = cases.get(caseId);
        CaseFile f = files.load(caseId);
        LocalDate today = LocalDate.now(clock);
        List<CaseWork.OpenStep> steps = processes.openTasks(f).stream()
                .map(t -> new CaseWork.OpenStep(t, inbox.mayWork(t), forms.returnTargets(t))).toList();
        List<CaseWork.NumberedMeasure> measures = new ArrayList<>();
        List<CoerciveMeasure> ordered = InvestigationSteps.orderedMeasures(f.record);
        for (int i = 0; i < ordered.size(); i++) {
            measures.add(new CaseWork.NumberedMeasure(i + 1, ordered.get(i)));
        }
        CaseWork.Money money = new CaseWork.Money(Payments.payableTotal(f), Payments.paid(f), Payments.outstanding(f),
                Payments.surchargeUntil(f, today).subtract(Payments.surchargePaid(f)).max(java.math.BigDecimal.ZERO),
                Payments.surchargePaid(f), f.procedure.paymentDue, List.copyOf(f.procedure.instalments));
        return new CaseWork(detail, ProcedureView.of(f.procedure), deadlines.decisionClock(f, today), deadlines.all(f, today), steps,
                timeline.of(caseId), files.evidence.findByCaseIdOrderByTakenOnAscIdAsc(caseId).stream().map(CaseEvidence::toEntry).toList(),
                files.preservations.findByCaseIdOrderByIdAsc(caseId).stream().map(EvidencePreservation::toPreservation).toList(),
                measures, files.recusals.findByCaseIdOrderByIdAsc(caseId).stream().map(RecusalRequest::toRecusal).toList(),
                f.reviews().stream().map(CaseReview::toRound).toList(), f.pauseList(), money, !steps.isEmpty() || processes.running(f));
    }

    boolean isWorkflowCase(long caseId) {
        return files.isWorkflowCase(caseId);
    }
}
