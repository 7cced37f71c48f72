package org.casework.ledger.read;

import java.io.Closeable;
import java.util.List;
import java.util.function.Consumer;
import org.casework.ledger.LedgerError;
import org.casework.ledger.LedgerSheet;

/**
 * An opened ledger file: which sheets it holds, and their rows, read one at a time so that a large
 * sheet never has to sit in memory.
 */
public interface LedgerWorkbook extends Closeable {

    /** The ledger sheets present, in import order (not the file's order). */
    List<LedgerSheet> sheets();

    /** Problems of the file as a whole: sheets with unknown names, a sheet given twice. */
    List<LedgerError> problems();

    /** About how many data rows (without the header) the sheet holds, for a progress bar. */
    int estimatedRows(LedgerSheet sheet);

    /**
     * Reads the sheet's header and hands each non-blank data row to {@code rows}. Returns the
     * problems found while reading (header errors, a column without header, a broken CSV quote,
     * text that is not UTF-8); after a header error no row is handed on.
     */
    List<LedgerError> read(LedgerSheet sheet, Consumer<LedgerRow> rows);

    @Override
    void close();
}
