package org.casework.reporting;

/**
 * How a record is shown in a drill-down list and which screen opens it.
 *
 * @param recordType e.g. {@code penalty-case}; {@link RecordRoutes} maps it to the record's route
 * @param idExpr     the record's id
 * @param numberExpr its number (案号, 编号 …)
 * @param titleExpr  a short description (party, applicant …)
 * @param amountExpr the amount shown beside a counted record (e.g. the penalty amount), or null; a sum
 *                   shows the amount it adds up instead
 */
public record Listing(String recordType, String idExpr, String numberExpr, String titleExpr, String amountExpr) {
}
