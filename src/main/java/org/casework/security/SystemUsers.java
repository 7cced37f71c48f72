package org.casework.security;

import java.util.Set;
import java.util.function.Supplier;
import org.casework.base.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provisioning users without a signed-in administrator: for demo data and start-up only. It skips
 * the password rules (demo users' password is their user name) and is not reachable from any screen.
 */
@Component
public class SystemUsers {

    private final UserService users;
    private final UserDirectory directory;

    SystemUsers(UserService users, UserDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    @Transactional
    public void provision(String username, String displayName, long orgId, Set<Role> roles, String password) {
        if (!users.exists(username)) {
            users.createSystemUser(username, displayName, orgId, roles, password);
        }
    }

    /**
     * Runs a start-up job (the demo records) on this thread signed in as {@code username}, with that
     * user's roles and scope, as if the user had started it; the thread's previous sign-in is restored.
     */
    public <T> T runAs(String username, Supplier<T> job) {
        CaseworkUser user = directory.find(username)
                .orElseThrow(() -> new AccessDeniedException("用户不存在：" + username));
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return job.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
