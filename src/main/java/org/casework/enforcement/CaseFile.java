package org.casework.enforcement;

import java.util.List;

/**
 * One case opened in the system as the workflow steps see it: the case record, its procedure record,
 * and its pauses, extensions and reviews (loaded on first use, within the command's transaction; pauses and
 * extensions only when the procedure record counts any, see {@link #recordPause} and {@link #recordExtension}).
 */
final class CaseFile {

    final PenaltyCase record;
    final CaseProcedure procedure;
    private final CaseFiles files;
    private List<CasePause> pauses;
    private List<CaseExtension> extensions;
    private List<CaseReview> reviews;

    CaseFile(PenaltyCase record, CaseProcedure procedure, CaseFiles files) {
        this.record = record;
        this.procedure = procedure;
        this.files = files;
    }

    long id() {
        return record.id;
    }

    List<CasePause> pauses() {
        if (pauses == null) {
            pauses = procedure.pauseCount == 0 ? List.of() : files.pauses.findByCaseIdOrderByFromDateAscIdAsc(record.id);
        }
        return pauses;
    }

    List<Pause> pauseList() {
        return pauses().stream().map(CasePause::toPause).toList();
    }

    List<CaseExtension> extensions() {
        if (extensions == null) {
            extensions = procedure.extensionCount == 0 ? List.of()
                    : files.extensions.findByCaseIdOrderByApprovedOnAscIdAsc(record.id);
        }
        return extensions;
    }

    List<Extension> extensionList() {
        return extensions().stream().map(CaseExtension::toExtension).toList();
    }

    List<CaseReview> reviews() {
        if (reviews == null) {
            reviews = files.reviews.findByCaseIdOrderByIdAsc(record.id);
        }
        return reviews;
    }

    /** The latest review round, if any. */
    CaseReview lastReview() {
        List<CaseReview> all = reviews();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Stores a new pause of the case and counts it on the procedure record. */
    void recordPause(CasePause pause) {
        files.pauses.save(pause);
        procedure.pauseCount++;
        forgetChildren();
    }

    /** Stores a new extension of the decision period and counts it on the procedure record. */
    void recordExtension(CaseExtension extension) {
        files.extensions.save(extension);
        procedure.extensionCount++;
        forgetChildren();
    }

    void forgetChildren() {
        pauses = null;
        extensions = null;
        reviews = null;
    }

    boolean isGeneral() {
        return record.procedure == ProcedureType.GENERAL;
    }
}
