package org.casework.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.base.Labelled;

/** The fixed codes of a breakdown from an enum: code (the stored name) → Chinese label, in declaration order. */
public final class Labels {

    private Labels() {
    }

    public static <E extends Enum<E> & Labelled> Map<String, String> of(Class<E> type) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            codes.put(e.name(), e.label());
        }
        return codes;
    }
}
