package org.casework.ledger.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.casework.ledger.LedgerColumn;
import org.casework.ledger.LedgerError;
import org.casework.ledger.LedgerSheet;

/**
 * The header row of one sheet: which file column holds which ledger column. Columns may come in any
 * order and optional ones may be left out; an unknown, doubled or missing required column is an error,
 * so that a typo cannot silently drop data.
 */
final class SheetLayout {

    private final LedgerSheet sheet;
    /** For each file column, the index of the ledger column it holds, or -1 for a column without header. */
    private final int[] target;
    private final List<LedgerError> errors;
    private final Set<Integer> reportedUnnamed = new HashSet<>();

    private SheetLayout(LedgerSheet sheet, int[] target, List<LedgerError> errors) {
        this.sheet = sheet;
        this.target = target;
        this.errors = errors;
    }

    static SheetLayout of(LedgerSheet sheet, String[] headerCells) {
        List<LedgerError> errors = new ArrayList<>();
        String[] cells = headerCells == null ? new String[0] : headerCells;
        int[] target = new int[cells.length];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < cells.length; i++) {
            String header = normalise(cells[i]);
            target[i] = -1;
            if (header.isEmpty()) {
                continue;
            }
            Optional<LedgerColumn> column = sheet.column(header);
            if (column.isEmpty()) {
                errors.add(new LedgerError(sheet.title(), 1, header, "未知的列“" + header + "”（第 " + letter(i)
                        + " 列）。本表可用的列：" + String.join("、", sheet.columns().stream().map(LedgerColumn::header).toList())));
            } else if (!seen.add(header)) {
                errors.add(new LedgerError(sheet.title(), 1, header, "列“" + header + "”出现了不止一次（第 " + letter(i) + " 列）"));
            } else {
                target[i] = sheet.indexOf(header);
            }
        }
        for (LedgerColumn column : sheet.columns()) {
            if (column.required() && !seen.contains(column.header())) {
                errors.add(new LedgerError(sheet.title(), 1, column.header(), "缺少必填列“" + column.header() + "”"));
            }
        }
        return new SheetLayout(sheet, target, errors);
    }

    /** Header problems; when there are any, the sheet's rows are not read. */
    List<LedgerError> errors() {
        return errors;
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * The row, or null for a blank row (every cell empty). A value in a column without header is
     * reported once per column into {@code problems}.
     */
    LedgerRow row(int number, String[] cells, BitSet numericCells, List<LedgerError> problems) {
        String[] values = new String[sheet.columns().size()];
        BitSet numeric = new BitSet(values.length);
        boolean blank = true;
        for (int i = 0; i < cells.length; i++) {
            String value = clean(cells[i]);
            if (value == null) {
                continue;
            }
            blank = false;
            int t = i < target.length ? target[i] : -1;
            if (t < 0) {
                if (reportedUnnamed.add(i)) {
                    problems.add(new LedgerError(sheet.title(), number, null,
                            "第 " + letter(i) + " 列有数据但没有表头（表头在第1行）"));
                }
                continue;
            }
            values[t] = value;
            if (numericCells != null && numericCells.get(i)) {
                numeric.set(t);
            }
        }
        return blank ? null : new LedgerRow(sheet, number, values, numeric);
    }

    /** A header as written, without surrounding blanks, a BOM or a required-mark (案号* / 案号＊). */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String h = header.replace("\uFEFF", "").strip();
        while (h.endsWith("*") || h.endsWith("＊")) {
            h = h.substring(0, h.length() - 1).strip();
        }
        return h;
    }

    private static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String v = cell.strip();
        return v.isEmpty() ? null : v;
    }

    /** The column letter as the spreadsheet shows it: 0 → A, 27 → AB. */
    static String letter(int index) {
        return CellReference.convertNumToColString(index);
    }
}
