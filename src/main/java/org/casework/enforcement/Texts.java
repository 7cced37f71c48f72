package org.casework.enforcement;

/** Small text helpers for forms and ledger rows. */
final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when blank. */
    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The text for a LIKE search (upper case, wrapped in %), or null when blank. */
    static String like(String text) {
        String t = clean(text);
        return t == null ? null : "%" + t.toUpperCase() + "%";
    }
}
