package org.casework.ledger.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.casework.ledger.LedgerError;
import org.casework.ledger.LedgerSheet;

/**
 * Turns the raw rows of one sheet (header first) into {@link LedgerRow}s: what the XLSX and the CSV
 * reader share.
 */
final class RawSheetReader {

    private final LedgerSheet sheet;
    private final Consumer<LedgerRow> rows;
    private final List<LedgerError> problems = new ArrayList<>();
    private SheetLayout layout;

    RawSheetReader(LedgerSheet sheet, Consumer<LedgerRow> rows) {
        this.sheet = sheet;
        this.rows = rows;
    }

    /** One raw row; {@code number} as the spreadsheet shows it. Rows before the header's are ignored. */
    void row(int number, String[] cells, BitSet numeric) {
        if (layout == null) {
            header(number == 1 ? cells : null);
            if (number == 1) {
                return;
            }
        }
        if (!layout.isValid()) {
            return;
        }
        LedgerRow row = layout.row(number, cells, numeric, problems);
        if (row != null) {
            rows.accept(row);
        }
    }

    /** Called when the sheet ends (also for a sheet without any row). */
    List<LedgerError> finish() {
        if (layout == null && problems.isEmpty()) {
            header(null);
        }
        return problems;
    }

    /** A problem that stopped the reading of the sheet (a broken quote, text that is not UTF-8). */
    void problem(Integer row, String message) {
        problems.add(new LedgerError(sheet.title(), row, null, message));
    }

    private void header(String[] cells) {
        layout = SheetLayout.of(sheet, cells);
        problems.addAll(layout.errors());
    }
}
