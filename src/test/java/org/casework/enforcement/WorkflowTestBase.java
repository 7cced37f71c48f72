package org.casework.enforcement;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.casework.org.OrgService;
import org.casework.testsupport.MutableClock;
import org.casework.testsupport.SignIn;
import org.casework.testsupport.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Service tests of the penalty workflow against the whole application (in-memory H2, demo data with
 * certified officers linked to the logins officer, officer2 and reviewer), with a clock the test moves.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class WorkflowTestBase {

    @Autowired
    protected EnforcementWorkflowService workflow;
    @Autowired
    protected PenaltyCaseService cases;
    @Autowired
    protected OrgService orgs;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected UserDetailsService users;
    @Autowired
    protected org.casework.staff.OfficerService officers;
    @Autowired
    protected org.camunda.bpm.engine.RuntimeService runtime;

    protected CaseDriver drive;
    protected long jd1;

    @BeforeEach
    void setUpWorkflow() {
        clock.setDay(TestClockConfiguration.START);
        jd1 = orgs.requireByCode("320599001").id();
        drive = new CaseDriver(workflow, users, clock, jd1, officers);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    protected void as(String username) {
        SignIn.as(users, username);
    }

    protected LocalDate today() {
        return clock.today();
    }

    /** Fires the case's timer at this BPMN activity (the job executor is off in tests). */
    protected void fireTimer(long caseId, String timerActivityId) {
        management.executeJob(timer(caseId, timerActivityId).getId());
    }

    protected Job timer(long caseId, String timerActivityId) {
        return management.createJobQuery().activityId(timerActivityId).timers().list().stream()
                .filter(j -> ((Number) runtime.getVariable(j.getExecutionId(), "caseId")).longValue() == caseId).findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + timerActivityId + " for case " + caseId));
    }
}
