package org.casework.ledger;

import java.time.Instant;

/** One past import, as the history shows it. */
public record LedgerImportEntry(long id, String fileName, String importedBy, Instant startedAt, Instant finishedAt,
                                Outcome outcome, String summary) {

    public enum Outcome {
        RUNNING("进行中"),
        SUCCEEDED("已导入"),
        REJECTED("已拒绝"),
        FAILED("失败");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
