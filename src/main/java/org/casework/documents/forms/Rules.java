package org.casework.documents.forms;

import java.util.List;
import org.casework.base.BusinessRuleException;

/** The checks every form makes on construction: what the law says a document must state. */
final class Rules {

    static final String PENALTY_LAW = "《中华人民共和国行政处罚法》";
    static final String MEDIATION_LAW = "《中华人民共和国人民调解法》";

    private Rules() {
    }

    static String required(String value, String what, String source) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleException(what, what + "不能为空" + (source == null ? "" : "（" + source + "）"));
        }
        return value.trim();
    }

    static <T> List<T> required(List<T> values, String what, String source) {
        if (values == null || values.isEmpty()) {
            throw new BusinessRuleException(what, what + "不能为空" + (source == null ? "" : "（" + source + "）"));
        }
        return List.copyOf(values);
    }

    static <T> T required(T value, String what, String source) {
        if (value == null) {
            throw new BusinessRuleException(what, what + "不能为空" + (source == null ? "" : "（" + source + "）"));
        }
        return value;
    }

    static PartyInfo party(PartyInfo party, String what, String source) {
        required(party, what, source);
        required(party.name(), what + "姓名或名称", source);
        return party;
    }

    static List<String> optional(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static String orBlank(String value) {
        return value == null ? "" : value;
    }

    /** 一、 二、 三、 … for numbered headings. */
    static String ordinal(int n) {
        return org.casework.documents.ChineseFormats.small(n) + "、";
    }

    /** （一） （二） … for numbered items. */
    static String item(int n) {
        return "（" + org.casework.documents.ChineseFormats.small(n) + "）";
    }
}
