package org.casework.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from our own table for Spring Security (form login and HTTP Basic alike). */
@Service
@Transactional(readOnly = true)
class UserDirectory implements UserDetailsService {

    private final AppUserRepository users;
    private final OrgService orgs;

    UserDirectory(AppUserRepository users, OrgService orgs) {
        this.users = users;
        this.orgs = orgs;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
    }

    Optional<CaseworkUser> find(String username) {
        return users.findByUsername(username).map(this::toPrincipal);
    }

    CaseworkUser toPrincipal(AppUser u) {
        OrgRef org = orgs.get(u.orgId);
        return new CaseworkUser(u.id, u.username, u.displayName, u.passwordHash, org.id(), org.code(), org.name(),
                u.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles),
                u.enabled, u.lockedAt(Instant.now()));
    }
}
