package org.casework.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casework.base.AccessDeniedException;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.springframework.stereotype.Component;

/**
 * The organisations a list may show: the user's scope, narrowed to the subtree of a chosen
 * organisation. Choosing an organisation outside the scope is refused.
 */
@Component
public class ScopedOrgs {

    private final CurrentUser current;
    private final OrgService orgs;

    ScopedOrgs(CurrentUser current, OrgService orgs) {
        this.current = current;
        this.orgs = orgs;
    }

    /** The ids of the chosen organisation's subtree within the user's scope; the whole scope when none is chosen. */
    public Set<Long> idsWithin(Long orgId) {
        UserContext user = current.get();
        if (orgId == null) {
            return user.scopeOrgIds();
        }
        if (!user.canSee(orgId)) {
            throw new AccessDeniedException("该机构不在您的机构范围内");
        }
        Set<Long> ids = new HashSet<>(orgs.subtreeIds(orgId));
        ids.retainAll(user.scopeOrgIds());
        return ids;
    }

    /** The organisations the user may see, parents first (for pickers). */
    public List<OrgRef> visible() {
        UserContext user = current.get();
        return orgs.all().stream().filter(o -> user.canSee(o.id())).toList();
    }

    /** The mediation bodies the user may see (for pickers). */
    public List<OrgRef> visibleMediationBodies() {
        return visible().stream().filter(OrgRef::isMediationBody).toList();
    }
}
