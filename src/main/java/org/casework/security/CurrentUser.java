package org.casework.security;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.casework.base.AccessDeniedException;
import org.casework.org.OrgRef;
import org.casework.org.OrgScope;
import org.casework.org.OrgService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, and what they may reach. Every service that reads or writes org-owned records asks
 * here: {@link #requireScope(Long)} refuses a record outside the user's subtree, and
 * {@link #require(Role...)} a missing role. Deny by default: no signed-in user, no access.
 */
@Component
public class CurrentUser implements OrgScope {

    /** The user of a bulk job running on this thread, computed once (see {@link #pinnedDuring}). */
    private static final ThreadLocal<UserContext> PINNED = new ThreadLocal<>();

    private final OrgService orgs;
    private final UserDirectory directory;

    CurrentUser(OrgService orgs, UserDirectory directory) {
        this.orgs = orgs;
        this.directory = directory;
    }

    public Optional<UserContext> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        UserContext pinned = PINNED.get();
        if (pinned != null && pinned.username().equals(auth.getName())) {
            return Optional.of(pinned);
        }
        Object principal = auth.getPrincipal();
        CaseworkUser user;
        if (principal instanceof CaseworkUser cu) {
            user = cu;
        } else {
            user = directory.find(auth.getName()).orElse(null);
            if (user == null) {
                return Optional.empty();
            }
        }
        Set<Long> scope = user.roles().contains(Role.ADMIN)
                ? orgs.all().stream().map(OrgRef::id).collect(java.util.stream.Collectors.toSet())
                : orgs.subtreeIds(user.orgId());
        return Optional.of(new UserContext(user.username(), user.displayName(), user.orgId(), user.orgCode(),
                user.orgName(), user.roles(), scope));
    }

    /**
     * Runs a bulk job (a ledger import of many thousand records) with the current user and scope
     * computed once instead of for every record the services check. The organisation tree must not
     * change while the job runs, or the scope would be stale.
     */
    public <T> T pinnedDuring(Supplier<T> job) {
        UserContext before = PINNED.get();
        PINNED.set(get());
        try {
            return job.get();
        } finally {
            if (before == null) {
                PINNED.remove();
            } else {
                PINNED.set(before);
            }
        }
    }

    public UserContext get() {
        return find().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }

    /** The current user, who must hold at least one of the roles. */
    public UserContext require(Role... roles) {
        UserContext user = get();
        if (!user.hasAny(roles)) {
            throw new AccessDeniedException("您没有执行此操作的权限");
        }
        return user;
    }

    /** Refuses a record owned by an organisation outside the user's scope. */
    public UserContext requireScope(Long orgId) {
        UserContext user = get();
        if (!user.canSee(orgId)) {
            throw new AccessDeniedException("该记录不在您的机构范围内");
        }
        return user;
    }

    @Override
    public Set<Long> visibleOrgIds() {
        return get().scopeOrgIds();
    }

    /** The organisation for a request naming an org code, checked against the user's scope. */
    @Override
    public OrgRef scopedOrg(String orgCode) {
        UserContext user = get();
        OrgRef org = orgCode == null || orgCode.isBlank() ? orgs.get(user.orgId()) : orgs.requireByCode(orgCode);
        if (!user.canSee(org.id())) {
            throw new AccessDeniedException("机构 " + org.code() + " 不在您的机构范围内");
        }
        return org;
    }
}
