package org.casework.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.base.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in user: who, which organisation, which roles. */
record CaseworkUser(
        long id,
        String username,
        String displayName,
        String passwordHash,
        long orgId,
        String orgCode,
        String orgName,
        Set<Role> roles,
        boolean enabled,
        boolean locked) implements UserDetails, SignedInUser {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "CaseworkUser[" + username + "@" + orgCode + " " + roles + "]";
    }
}
