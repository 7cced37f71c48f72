package org.casework.ledger.read;

import java.util.BitSet;
import org.casework.ledger.LedgerSheet;

/**
 * One data row of a ledger sheet: its number as the spreadsheet shows it (the header is row 1) and
 * its cells by column. A cell is null when it is empty or its column is not in the file.
 */
public final class LedgerRow {

    private final LedgerSheet sheet;
    private final int number;
    private final String[] values;
    private final BitSet numeric;

    LedgerRow(LedgerSheet sheet, int number, String[] values, BitSet numeric) {
        this.sheet = sheet;
        this.number = number;
        this.values = values;
        this.numeric = numeric;
    }

    public LedgerSheet sheet() {
        return sheet;
    }

    public int number() {
        return number;
    }

    /** The trimmed cell under {@code header}, or null when it is empty. */
    public String value(String header) {
        return values[sheet.indexOf(header)];
    }

    /** True when the cell was a number cell of a workbook (so a date column may hold an Excel date serial). */
    public boolean isNumberCell(String header) {
        return numeric.get(sheet.indexOf(header));
    }

    /** For tests and messages. */
    @Override
    public String toString() {
        return sheet.title() + "#" + number + java.util.Arrays.toString(values);
    }
}
