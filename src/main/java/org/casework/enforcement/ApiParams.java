package org.casework.enforcement;

import java.util.List;
import java.util.Map;
import org.casework.base.BusinessRuleException;
import org.casework.base.Labelled;
import org.casework.org.OrgService;

/** Query parameters of the enforcement API, read the same way by every list. */
final class ApiParams {

    static final int MAX_SIZE = 500;

    private ApiParams() {
    }

    /** The organisation id of an org code (null when blank); an unknown code is a 404. */
    static Long orgId(OrgService orgs, String code) {
        return code == null || code.isBlank() ? null : orgs.requireByCode(code).id();
    }

    static <E extends Enum<E> & Labelled> E value(Class<E> type, String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        E value = Labelled.fromLabel(type, text);
        if (value == null) {
            throw new BusinessRuleException(parameter, "参数 " + parameter + " 无效：" + text + "（应为：" + Labelled.labels(type) + "）");
        }
        return value;
    }

    static int size(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }

    static Map<String, Object> page(List<?> items, long total, int page, int size) {
        return Map.of("items", items, "total", total, "page", page, "size", size);
    }
}
