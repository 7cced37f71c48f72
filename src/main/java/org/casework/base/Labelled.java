package org.casework.base;

/** An enum with a Chinese label, as written in forms and ledgers. */
public interface Labelled {

    String label();

    /** The constant whose label (or name) is {@code text}; null when none is. */
    static <E extends Enum<E> & Labelled> E fromLabel(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(t) || e.name().equals(t)) {
                return e;
            }
        }
        return null;
    }

    /** The labels of all constants, for messages such as “应为：简易、一般”. */
    static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (!sb.isEmpty()) {
                sb.append("、");
            }
            sb.append(e.label());
        }
        return sb.toString();
    }
}
