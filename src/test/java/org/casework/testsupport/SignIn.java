package org.casework.testsupport;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Puts a user of the database into the security context, as a login would (for service tests): the
 * real principal with the user's roles and organisation. A fresh context is set (not the current one
 * changed), so that it holds whichever context strategy is active.
 */
public final class SignIn {

    private SignIn() {
    }

    public static UserDetails as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
