package org.casework.ledger;

import java.util.Map;

/** Where an import reports how far it got, e.g. to a progress bar; called on the importing thread. */
public interface ImportProgress {

    /** Before the first row: the sheets present, in import order, with about how many data rows each holds. */
    void started(Map<String, Integer> rowsPerSheet);

    /** Rows of {@code sheet} processed so far. */
    void advanced(String sheet, int rowsDone);

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void started(Map<String, Integer> rowsPerSheet) {
        }

        @Override
        public void advanced(String sheet, int rowsDone) {
        }
    };
}
