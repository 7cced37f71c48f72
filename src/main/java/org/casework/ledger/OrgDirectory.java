package org.casework.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.casework.org.OrgRef;

/**
 * The organisation codes an import may name: every unit in the system when it starts, plus the units
 * the file's 组织机构 and 调解组织 sheets create.
 */
final class OrgDirectory implements Predicate<String> {

    private final Map<String, OrgRef> byCode = new HashMap<>();

    OrgDirectory(List<OrgRef> units) {
        units.forEach(this::put);
    }

    Optional<OrgRef> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    void put(OrgRef unit) {
        byCode.put(unit.code(), unit);
    }

    /** True when the code names a known unit. */
    @Override
    public boolean test(String code) {
        return byCode.containsKey(code);
    }
}
