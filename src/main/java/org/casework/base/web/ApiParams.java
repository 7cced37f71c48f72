package org.casework.base.web;

import org.casework.base.BusinessRuleException;
import org.casework.base.Labelled;

/** Reading query parameters of the API: an enum by its name or Chinese label, refused with 422 when unknown. */
public final class ApiParams {

    private ApiParams() {
    }

    public static <E extends Enum<E> & Labelled> E labelled(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E e = Labelled.fromLabel(type, value);
        if (e == null) {
            throw new BusinessRuleException(parameter, "参数 " + parameter + " 的值不正确：" + value + "，应为："
                    + Labelled.labels(type));
        }
        return e;
    }
}
