package org.casework.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda's webapps show their "create the first administrator" setup page instead of Cockpit while
 * the group {@code camunda-admin} in Camunda's own identity tables has no member. Our users live in
 * our tables and reach the webapps through {@link CamundaWebappSso}, so on start this puts one
 * technical member into that group: user {@value #TECHNICAL_USER} with a random password that is
 * never shown. Nobody can sign in as it: every {@code /camunda/**} request needs a casework session
 * with the ADMIN role, and {@code /engine-rest} checks our users, not Camunda's.
 */
@Component
@Order(40)
class CamundaWebappSetup implements ApplicationRunner {

    static final String TECHNICAL_USER = "casework";

    private static final Logger log = LoggerFactory.getLogger(CamundaWebappSetup.class);

    private final IdentityService identity;

    CamundaWebappSetup(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.isReadOnly() || identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda BPM Administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(TECHNICAL_USER).count() == 0) {
            User user = identity.newUser(TECHNICAL_USER);
            user.setFirstName("casework");
            user.setLastName("SSO");
            user.setPassword(randomPassword());
            identity.saveUser(user);
        }
        identity.createMembership(TECHNICAL_USER, Groups.CAMUNDA_ADMIN);
        log.info("Camunda webapps: technical member '{}' added to group {} (no sign-in possible; admins use casework's session)",
                TECHNICAL_USER, Groups.CAMUNDA_ADMIN);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
