package org.casework.base;

/**
 * A command was refused because it breaks a rule of law or of the house. The message is the Chinese
 * sentence shown to the user: which rule, and where it comes from (e.g. 《行政处罚法》第五十八条).
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;

    public BusinessRuleException(String message) {
        this(null, message);
    }

    public BusinessRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the rule concerns, or null when it concerns the whole record. */
    public String field() {
        return field;
    }
}
