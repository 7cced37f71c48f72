package org.casework.security;

import java.util.EnumSet;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With no administrator in the database, creates user {@code admin} with the password given in
 * {@code casework.admin.password} (env {@code CASEWORK_ADMIN_PASSWORD}); without one, says how to set
 * it. There is no default password (demo mode has its own users).
 */
@Component
@Order(30)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final OrgService orgs;
    private final String password;

    AdminBootstrap(UserService users, OrgService orgs, @Value("${casework.admin.password:}") String password) {
        this.users = users;
        this.orgs = orgs;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.anyAdmin()) {
            return;
        }
        if (password == null || password.isBlank()) {
            log.warn("""

                    ************************************************************************
                    casework has no administrator yet. To create user "admin", start with
                      CASEWORK_ADMIN_PASSWORD=<password> java -jar target/casework.jar
                    or --casework.admin.password=<password>. (Demo users exist only with
                    casework.demo.enabled=true.)
                    ************************************************************************""");
            return;
        }
        if (users.exists("admin")) {
            log.error("User 'admin' exists but holds no ADMIN role; not changing it. Give a user the ADMIN role in the database.");
            return;
        }
        OrgRef root = orgs.all().stream().filter(o -> o.parentId() == null).findFirst()
                .orElseGet(() -> orgs.create(new OrgCommand("ROOT", "本级机构", null, OrgType.OTHER, null, null, true)));
        users.createSystemUser("admin", "系统管理员", root.id(), EnumSet.of(Role.ADMIN), password);
        log.info("Created administrator 'admin' at {}", root.label());
    }
}
