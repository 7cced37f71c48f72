package org.casework.ledger;

import java.util.List;
import org.casework.base.ImportOutcome;
import org.casework.ledger.read.LedgerRow;

/**
 * One ledger sheet whose rows become records of one kind, row by row: how a row is parsed into the
 * feature's import record, what identifies it within the file, and where it goes.
 */
abstract class RowSheet<T> {

    private final LedgerSheet sheet;
    private final String orgColumn;
    private final List<String> identityColumns;

    RowSheet(LedgerSheet sheet, String orgColumn, String... numberColumns) {
        this.sheet = sheet;
        this.orgColumn = orgColumn;
        this.identityColumns = java.util.stream.Stream.concat(java.util.stream.Stream.of(orgColumn),
                java.util.Arrays.stream(numberColumns)).toList();
    }

    LedgerSheet sheet() {
        return sheet;
    }

    /** The column naming the owning organisation; a scope refusal is reported there. */
    String orgColumn() {
        return orgColumn;
    }

    /** What identifies a record within the file, from the cells as written; null when a part is missing. */
    String identity(LedgerRow row) {
        StringBuilder key = new StringBuilder();
        for (String column : identityColumns) {
            String value = row.value(column);
            if (value == null) {
                return null;
            }
            key.append(value).append('\u0000');
        }
        return key.toString();
    }

    /** The column a duplicate row is reported in: the number (案号, 编号, …). */
    String identityColumn(LedgerRow row) {
        return identityColumns.get(identityColumns.size() - 1);
    }

    /** “执法主体和案号”, for the message on a duplicate row. */
    String identityLabel() {
        return String.join("和", identityColumns);
    }

    abstract T parse(RowParser row);

    abstract ImportOutcome save(T record, LedgerTargets targets);
}
