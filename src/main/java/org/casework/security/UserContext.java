package org.casework.security;

import java.util.List;
import java.util.Set;

/**
 * The signed-in user as services see it: identity, organisation, roles, and the organisations whose
 * records the user may see (the own org subtree; every organisation for a system administrator).
 */
public record UserContext(
        String username,
        String displayName,
        long orgId,
        String orgCode,
        String orgName,
        Set<Role> roles,
        Set<Long> scopeOrgIds) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean canSee(Long orgId) {
        return orgId != null && scopeOrgIds.contains(orgId);
    }

    /** Camunda candidate groups of this user: each role at the user's own organisation. */
    public List<String> candidateGroups() {
        return roles.stream().map(r -> r.groupAt(orgCode)).sorted().toList();
    }
}
