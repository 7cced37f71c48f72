package org.casework.base;

/**
 * One broken rule: the field it concerns, named by its Chinese label (the ledger column header and
 * the form label are the same words, e.g. 罚款金额), and the Chinese explanation.
 */
public record RuleViolation(String field, String message) {
}
