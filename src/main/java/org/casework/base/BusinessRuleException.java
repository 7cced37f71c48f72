package org.casework.base;

import java.util.List;

/**
 * A command was refused because it breaks a rule of law or of the house. The message is the Chinese
 * sentence shown to the user: which rule, and where it comes from (e.g. 《行政处罚法》第五十八条).
 * It may carry several violations (a form or a ledger row with more than one problem).
 */
public class BusinessRuleException extends RuntimeException {

    private final List<RuleViolation> violations;

    public BusinessRuleException(String message) {
        this(null, message);
    }

    public BusinessRuleException(String field, String message) {
        super(message);
        this.violations = List.of(new RuleViolation(field, message));
    }

    public BusinessRuleException(List<RuleViolation> violations) {
        super(violations.stream().map(RuleViolation::message).reduce((a, b) -> a + "；" + b).orElse("数据不符合规则"));
        this.violations = List.copyOf(violations);
    }

    /** The form field (Chinese label) the first rule concerns, or null when it concerns the whole record. */
    public String field() {
        return violations.get(0).field();
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    /** Throws when the list is not empty. */
    public static void throwIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new BusinessRuleException(violations);
        }
    }
}
