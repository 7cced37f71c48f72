package org.casework.enforcement;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.TransactionMemo;
import org.springframework.stereotype.Component;

/** Loads the case files the workflow works on, and holds the repositories of their parts. */
@Component
class CaseFiles {

    final PenaltyCaseRepository cases;
    final CaseProcedureRepository procedures;
    final CasePauseRepository pauses;
    final CaseExtensionRepository extensions;
    final CaseReviewRepository reviews;
    final CaseEvidenceRepository evidence;
    final EvidencePreservationRepository preservations;
    final RecusalRequestRepository recusals;
    private final EntityManager entities;
    private final TransactionMemo<Long, CaseFile> open = new TransactionMemo<>();

    CaseFiles(PenaltyCaseRepository cases, CaseProcedureRepository procedures, CasePauseRepository pauses,
              CaseExtensionRepository extensions, CaseReviewRepository reviews, CaseEvidenceRepository evidence,
              EvidencePreservationRepository preservations, RecusalRequestRepository recusals, EntityManager entities) {
        this.cases = cases;
        this.procedures = procedures;
        this.pauses = pauses;
        this.extensions = extensions;
        this.reviews = reviews;
        this.evidence = evidence;
        this.preservations = preservations;
        this.recusals = recusals;
        this.entities = entities;
    }

    /**
     * The case worked through the workflow; a case logged on the plain record form is refused. The same
     * file for the rest of the transaction: the step and the process it moves (whose gateways, due dates
     * and timers ask {@link CaseFacts}) see one case file, its pauses, extensions and reviews read once.
     */
    CaseFile load(long caseId) {
        return open.get(caseId, this::read);
    }

    /**
     * The file of a lead just saved, with its new procedure record stored (persisted: it has no row to
     * merge with), kept for the transaction like a loaded one: starting its process reads it from here.
     */
    CaseFile created(PenaltyCase record, CaseProcedure procedure) {
        entities.persist(procedure);
        return open.get(record.id, id -> new CaseFile(record, procedure, this));
    }

    private CaseFile read(long caseId) {
        List<Object[]> found = cases.findWithProcedure(caseId);
        if (!found.isEmpty()) {
            return new CaseFile((PenaltyCase) found.get(0)[0], (CaseProcedure) found.get(0)[1], this);
        }
        PenaltyCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("处罚案件不存在：" + caseId));
        CaseProcedure p = procedures.findById(caseId).orElseThrow(() -> new BusinessRuleException("案件",
                "案件 " + c.caseNo + " 是登记或导入的记录，不按流程办理"));
        return new CaseFile(c, p, this);
    }

    /** The id of the case whose main process this is, when this transaction has the case file open already. */
    Long openWithProcess(String processInstanceId) {
        return open.find(f -> processInstanceId.equals(f.record.processInstanceId)).map(CaseFile::id).orElse(null);
    }

    boolean isWorkflowCase(long caseId) {
        return procedures.existsById(caseId);
    }
}
