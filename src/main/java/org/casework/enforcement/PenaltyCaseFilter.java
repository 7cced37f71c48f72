package org.casework.enforcement;

/**
 * Filter of the penalty case list. Every part may be null (= no restriction): an organisation with its
 * subtree (null = the user's whole scope), a year of filing or decision, a status, a procedure, a text
 * in 案号 or party name, the state of the 90-day decision period of open cases, a handling officer,
 * and a party name.
 */
public record PenaltyCaseFilter(Long orgId, Integer year, PenaltyCaseStatus status, ProcedureType procedure, String text,
                                DeadlineFilter deadline, Long officerId, String party) {

    /** Open general-procedure cases whose decision period ran out, or ends within 3 working days. */
    public enum DeadlineFilter implements org.casework.base.Labelled {
        OVERDUE("办案期限已届满"),
        DUE_SOON("3个工作日内到期");

        private final String label;

        DeadlineFilter(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public PenaltyCaseFilter(Long orgId, Integer year, PenaltyCaseStatus status, ProcedureType procedure, String text) {
        this(orgId, year, status, procedure, text, null, null, null);
    }

    public static PenaltyCaseFilter all() {
        return new PenaltyCaseFilter(null, null, null, null, null);
    }
}
