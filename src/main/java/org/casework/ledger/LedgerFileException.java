package org.casework.ledger;

/** The uploaded file cannot be read as a ledger at all (not an XLSX workbook or a ZIP of CSV files). */
public class LedgerFileException extends RuntimeException {

    public LedgerFileException(String message) {
        super(message);
    }

    public LedgerFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
