package org.casework.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record behind a figure: which kind, which record, its number and title, its organisation, its
 * counting date and (for a sum, or where the kind has one) its amount.
 */
public record DrillRow(String recordType, long id, String number, String title, LocalDate date, BigDecimal amount,
                       String orgCode, String orgName) {

    /** The route of the record's own screen, or null when the kind has none. */
    public String route() {
        return RecordRoutes.routeOf(recordType, id);
    }

    /** The kind of record in Chinese (处罚案件, 调解案件 …). */
    public String typeLabel() {
        return RecordRoutes.labelOf(recordType);
    }
}
