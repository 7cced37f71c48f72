package org.casework.base;

import java.util.List;

/** Checks of text fields shared by the record forms: required, and not longer than their column. */
public final class TextRules {

    private TextRules() {
    }

    /** Adds a violation when the value is empty or longer than {@code max} characters. */
    public static void required(List<RuleViolation> v, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(new RuleViolation(label, label + "不能为空"));
        } else {
            optional(v, label, value, max);
        }
    }

    /** Adds a violation when the value is longer than {@code max} characters. */
    public static void optional(List<RuleViolation> v, String label, String value, int max) {
        if (value != null && value.trim().length() > max) {
            v.add(new RuleViolation(label, label + "不能超过" + max + "个字"));
        }
    }

    /** The trimmed value, or null when it is empty. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
