package org.casework.reporting;

/**
 * How a record is shown in a drill-down list and which screen opens it.
 *
 * @param recordType e.g. {@code penalty-case}; {@link RecordRoutes} maps it to the record's route
 * @param idExpr     the record's id
 * @param numberExpr its number (案号, 编号 …)
 * @param titleExpr  a short description (party, applicant …)
 */
public record Listing(String recordType, String idExpr, String numberExpr, String titleExpr) {
}
