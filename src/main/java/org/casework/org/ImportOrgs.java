package org.casework.org;

import java.util.List;
import org.casework.base.RuleViolation;

/** The organisation a ledger row names by its code; a violation on the column when it is missing or unknown. */
public final class ImportOrgs {

    private ImportOrgs() {
    }

    public static OrgRef resolve(OrgService orgs, String code, String column, List<RuleViolation> v) {
        if (code == null || code.isBlank()) {
            v.add(new RuleViolation(column, column + "不能为空"));
            return null;
        }
        OrgRef org = orgs.findByCode(code).orElse(null);
        if (org == null) {
            v.add(new RuleViolation(column, "机构代码不存在：" + code.trim()));
        }
        return org;
    }
}
