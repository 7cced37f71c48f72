package org.casework.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casework.base.ReferenceCache;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works where, for the workflow: a user by name or id, and the candidate group that offers a
 * task to a role for an organisation. Read-only and without a role check: it tells names and roles
 * of colleagues, never passwords; the calling service has checked the caller. Answers are kept in
 * the {@link ReferenceCache} (every workflow step asks who the officer is and where a task goes).
 */
@Service
@Transactional(readOnly = true)
public class Colleagues {

    private final AppUserRepository users;
    private final OrgService orgs;
    private final ReferenceCache cache;

    Colleagues(AppUserRepository users, OrgService orgs, ReferenceCache cache) {
        this.users = users;
        this.orgs = orgs;
        this.cache = cache;
    }

    /** A user as colleagues see them. */
    public record Colleague(long id, String username, String displayName, long orgId, Set<Role> roles, boolean enabled) {

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    public Optional<Colleague> byUsername(String username) {
        return username == null ? Optional.empty()
                : cache.get(new ByName(username), () -> users.findByUsername(username).map(Colleagues::toColleague));
    }

    public Optional<Colleague> byId(long id) {
        return cache.get(new ById(id), () -> users.findById(id).map(Colleagues::toColleague));
    }

    /**
     * The candidate group that offers a task to {@code role} for a record of {@code orgId}: the role at
     * the organisation itself when an enabled user there holds it, otherwise at the nearest ancestor
     * that has one (a squad without its own head is served by the street office's head). Without any,
     * the organisation's own group (the task waits until someone is given the role there).
     */
    public String groupFor(Role role, long orgId) {
        return cache.get(new Group(role, orgId), () -> nearestGroup(role, orgId));
    }

    private String nearestGroup(Role role, long orgId) {
        OrgRef org = orgs.get(orgId);
        for (OrgRef o = org; o != null; o = o.parentId() == null ? null : orgs.get(o.parentId())) {
            if (users.anyEnabledWithRole(o.id(), role)) {
                return role.groupAt(o.code());
            }
        }
        return role.groupAt(org.code());
    }

    /** The enabled users holding a role at one of these organisations. */
    public List<Colleague> withRole(Role role, java.util.Collection<Long> orgIds) {
        return users.findEnabledWithRole(orgIds, role).stream().map(Colleagues::toColleague).toList();
    }

    private static Colleague toColleague(AppUser u) {
        return new Colleague(u.id, u.username, u.displayName, u.orgId, Collections.unmodifiableSet(
                u.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles)), u.enabled);
    }

    private record ByName(String username) {
    }

    private record ById(long id) {
    }

    private record Group(Role role, long orgId) {
    }
}
