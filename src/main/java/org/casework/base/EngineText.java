package org.casework.base;

/**
 * Text on its way into the process engine. Camunda's MySQL/MariaDB tables are {@code utf8}
 * (utf8mb3: at most three bytes a character), even in a utf8mb4 database (stack.md P9), so a
 * business key or a string variable holding a four-byte character (an emoji, or a rare CJK
 * character of Extension B and beyond such as 𠮷) fails with "Incorrect string value" — or, on a
 * server without strict mode, is silently mangled. Our own tables are utf8mb4 and keep such text;
 * the workflow code passes only ids, case numbers and short labels to the engine, each through here.
 */
public final class EngineText {

    /** What {@link #toEngineSafe(String)} puts in place of a four-byte character. */
    public static final char REPLACEMENT = '\uFFFD';

    private EngineText() {
    }

    /** True when the text (null counts) has no character outside the Basic Multilingual Plane. */
    public static boolean isEngineSafe(String value) {
        return value == null || firstSurrogate(value) < 0;
    }

    /**
     * Returns the value unchanged, or refuses it when it holds a four-byte character.
     *
     * @param field the form field or variable the value belongs to (reported with the error)
     * @throws BusinessRuleException naming the first offending character
     */
    public static String requireBmp(String field, String value) {
        return requireBmp(field, "输入内容", value);
    }

    /** As {@link #requireBmp(String, String)}, with the Chinese label of the field in the message. */
    public static String requireBmp(String field, String label, String value) {
        if (value == null) {
            return null;
        }
        int at = firstSurrogate(value);
        if (at >= 0) {
            String ch = new String(Character.toChars(value.codePointAt(at)));
            throw new BusinessRuleException(field, label + "不能包含生僻字或表情符号等四字节字符（流程引擎不支持）：“" + ch + "”");
        }
        return value;
    }

    /**
     * The text with each four-byte character replaced by {@link #REPLACEMENT}; for labels shown by
     * the engine (e.g. a task's display name) where the full text stays in our own tables.
     */
    public static String toEngineSafe(String value) {
        if (value == null || firstSurrogate(value) < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (Character.isSupplementaryCodePoint(cp) || Character.isSurrogate((char) cp)) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static int firstSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // a four-byte UTF-8 character is a surrogate pair in Java; a lone surrogate is not valid text either
            if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
