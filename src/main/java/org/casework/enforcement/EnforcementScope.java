package org.casework.enforcement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casework.base.AccessDeniedException;
import org.casework.base.RuleViolation;
import org.casework.org.ImportOrgs;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.stereotype.Component;

/** The organisations an enforcement list may show (by reader role), and org lookups shared by the enforcement services. */
@Component
class EnforcementScope {

    private final OrgService orgs;
    private final CurrentUser current;

    EnforcementScope(OrgService orgs, CurrentUser current) {
        this.orgs = orgs;
        this.current = current;
    }

    /** The chosen organisation's subtree (refused when outside the user's scope), or the user's whole scope. */
    Set<Long> visible(Long orgId, Role... readers) {
        UserContext user = current.require(readers);
        if (orgId == null) {
            return user.scopeOrgIds();
        }
        if (!user.canSee(orgId)) {
            throw new AccessDeniedException("该机构不在您的机构范围内");
        }
        return orgs.subtreeIds(orgId);
    }

    /** The organisation named by a ledger code; a violation on the column when it is empty or unknown. */
    Optional<OrgRef> byCode(String code, String column, List<RuleViolation> violations) {
        return Optional.ofNullable(ImportOrgs.resolve(orgs, code, column, violations));
    }

    OrgRef get(long id) {
        return orgs.get(id);
    }

    /** The organisations of these ids (a list page's rows), read in one query. */
    Map<Long, OrgRef> byIds(Collection<Long> ids) {
        return orgs.byIds(ids);
    }
}
