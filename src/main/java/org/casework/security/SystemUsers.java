package org.casework.security;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provisioning users without a signed-in administrator: for demo data and start-up only. It skips
 * the password rules (demo users' password is their user name) and is not reachable from any screen.
 */
@Component
public class SystemUsers {

    private final UserService users;

    SystemUsers(UserService users) {
        this.users = users;
    }

    @Transactional
    public void provision(String username, String displayName, long orgId, Set<Role> roles, String password) {
        if (!users.exists(username)) {
            users.createSystemUser(username, displayName, orgId, roles, password);
        }
    }
}
