package org.casework.reporting;

/**
 * The records a figure counts: the table (with joins), the column of the owning organisation, the
 * period rule and an extra predicate. The same record set gives the number and the drill-down list,
 * so the two cannot disagree.
 *
 * @param from      e.g. {@code "penalty_case c"} or {@code "collective_discussion d JOIN penalty_case c ON c.id = d.case_id"}
 * @param orgColumn e.g. {@code "c.org_id"}
 * @param period    the counting date or the stock rule
 * @param where     an extra predicate over the row (may use :from, :to, :yearEnd), or null
 * @param listing   how one record is shown in a drill-down list
 */
public record RecordSet(String from, String orgColumn, Period period, String where, Listing listing) {

    public RecordSet and(String predicate) {
        String combined = where == null ? predicate : "(" + where + ") AND (" + predicate + ")";
        return new RecordSet(from, orgColumn, period, combined, listing);
    }

    public RecordSet within(Period other) {
        return new RecordSet(from, orgColumn, other, where, listing);
    }

    /** The full predicate of this set, without the organisation filter. */
    String predicate() {
        return where == null ? period.sql() : "(" + period.sql() + ") AND (" + where + ")";
    }

    /** Sets sharing this key can be counted in one query. */
    String scanKey() {
        return from + "|" + orgColumn + "|" + period.sql();
    }
}
