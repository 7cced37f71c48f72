package org.casework.ledger.read;

import java.util.BitSet;
import java.util.Map;
import org.casework.ledger.LedgerSheet;

/** Ledger rows for parser tests, without a file. */
public final class TestRows {

    private TestRows() {
    }

    /** A row of {@code sheet} with the given cells (header → text). */
    public static LedgerRow row(LedgerSheet sheet, int number, Map<String, String> cells) {
        return row(sheet, number, cells, Map.of());
    }

    /** The same, with some cells marked as workbook number cells. */
    public static LedgerRow row(LedgerSheet sheet, int number, Map<String, String> cells, Map<String, Boolean> numberCells) {
        String[] values = new String[sheet.columns().size()];
        BitSet numeric = new BitSet();
        cells.forEach((header, value) -> values[sheet.indexOf(header)] = value == null || value.isBlank() ? null : value.strip());
        numberCells.forEach((header, isNumber) -> {
            if (isNumber) {
                numeric.set(sheet.indexOf(header));
            }
        });
        return new LedgerRow(sheet, number, values, numeric);
    }
}
