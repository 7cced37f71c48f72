package org.casework.ledger;

/**
 * One problem in a ledger, where the spreadsheet shows it: the sheet, the row (the header is row 1;
 * null for a problem of the whole sheet) and the column (null for a problem of the whole row).
 */
public record LedgerError(String sheet, Integer row, String column, String message) {
}
