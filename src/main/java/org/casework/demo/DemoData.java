package org.casework.demo;

import org.casework.audit.AuditService;
import org.casework.org.OrgService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo data on the first start of an empty database (casework.demo.enabled=true). */
@Component
@Order(20)
@ConditionalOnProperty(name = "casework.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrgService orgs;
    private final DemoOrganisations organisations;
    private final DemoEnforcement enforcement;
    private final TransactionTemplate tx;
    private volatile boolean createdOnThisStart;

    DemoData(OrgService orgs, DemoOrganisations organisations, DemoEnforcement enforcement, TransactionTemplate tx) {
        this.orgs = orgs;
        this.organisations = organisations;
        this.enforcement = enforcement;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        createdOnThisStart = false;
        if (orgs.findByCode(DemoOrganisations.DISTRICT).isPresent() || !orgs.all().isEmpty()) {
            return;
        }
        long start = System.currentTimeMillis();
        tx.executeWithoutResult(status -> AuditService.inBulk(() -> {
            enforcement.create(organisations.create());
            return null;
        }));
        createdOnThisStart = true;
        log.info("Demo data loaded in {} ms (users: admin, leader, officer, reviewer, head, mediator, clerk, …; password = user name)",
                System.currentTimeMillis() - start);
    }

    /** True when this start found the database empty and created the demo organisations and users (first start). */
    boolean createdOnThisStart() {
        return createdOnThisStart;
    }
}
