package org.casework.reporting;

/**
 * How a record falls into year Y: by a counting date inside Y (Asia/Shanghai local dates, Y-01-01
 * inclusive to Y+1-01-01 exclusive, always as a range on the column, never YEAR(col)), or by its state
 * at the end of Y (a stock figure; the predicate may use {@code :yearEnd}, i.e. Y+1-01-01).
 */
public sealed interface Period {

    /** The SQL predicate, with the named parameters {@code :from}, {@code :to} and {@code :yearEnd}. */
    String sql();

    /** The date shown for a record in a drill-down list. */
    String dateExpression();

    record InYear(String dateColumn) implements Period {
        @Override
        public String sql() {
            return dateColumn + " >= :from AND " + dateColumn + " < :to";
        }

        @Override
        public String dateExpression() {
            return dateColumn;
        }
    }

    record AtYearEnd(String predicate, String shownDate) implements Period {
        @Override
        public String sql() {
            return predicate;
        }

        @Override
        public String dateExpression() {
            return shownDate;
        }
    }
}
