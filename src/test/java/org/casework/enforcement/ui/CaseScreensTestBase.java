package org.casework.enforcement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import org.casework.enforcement.CaseDriver;
import org.casework.enforcement.CaseWork;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.org.OrgService;
import org.casework.staff.OfficerService;
import org.casework.testsupport.MutableClock;
import org.casework.testsupport.SignIn;
import org.casework.testsupport.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The enforcement screens tested browserless (Karibu): the business clock on its start day, a driver
 * that moves cases of 东湖街道 (JD1) through the service, and the helpers the screen tests share.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
abstract class CaseScreensTestBase {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired EnforcementWorkflowService workflow;
    @Autowired OfficerService officers;
    @Autowired OrgService orgs;
    @Autowired MutableClock clock;

    CaseDriver drive;
    long jd1;

    @BeforeEach
    void setUpScreens() {
        clock.setDay(TestClockConfiguration.START);
        KaribuSupport.setUp(context);
        jd1 = orgs.requireByCode("320599001").id();
        drive = new CaseDriver(workflow, users, clock, jd1, officers);
    }

    @AfterEach
    void tearDownScreens() {
        KaribuSupport.tearDown();
        SignIn.out();
    }

    /** Signs the user in and opens the case's work page. */
    void open(String user, long id) {
        KaribuSupport.signIn(users, user);
        UI.getCurrent().navigate("enforcement/work/" + id);
    }

    /** The case read as admin; the screen's user stays signed in. */
    CaseWork read(long id) {
        var screenUser = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(users, "admin");
        try {
            return workflow.work(id);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(screenUser);
        }
    }

    /** The first open step of the case (its task's activity id), or null. */
    String step(long id) {
        CaseWork work = read(id);
        return work.steps().isEmpty() ? null : work.steps().get(0).task().definitionKey();
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> comboBox(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }
}
