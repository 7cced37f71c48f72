package org.casework.enforcement;

import java.time.LocalDate;
import org.casework.base.Labelled;

/**
 * Where a penalty case stands. A case logged on the plain form, or imported, gets the status its
 * dates say ({@link #derive}); the workflow (issue 5) moves it step by step.
 */
public enum PenaltyCaseStatus implements Labelled {
    LEAD("线索核查"),
    FILED("已立案"),
    DECIDED("已决定"),
    NOT_FILED("不予立案"),
    CLOSED("已结案"),
    ARCHIVED("已归档");

    private final String label;

    PenaltyCaseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Archived if 归档日期, closed if 结案日期, not filed if so decided, decided if 决定日期, filed if 立案日期, else a lead. */
    public static PenaltyCaseStatus derive(LocalDate filed, LocalDate decided, PenaltyOutcome outcome, LocalDate closed,
                                           LocalDate archived) {
        if (archived != null) {
            return ARCHIVED;
        }
        if (closed != null) {
            return CLOSED;
        }
        if (outcome == PenaltyOutcome.NOT_FILED) {
            return NOT_FILED;
        }
        if (decided != null) {
            return DECIDED;
        }
        return filed != null ? FILED : LEAD;
    }
}
