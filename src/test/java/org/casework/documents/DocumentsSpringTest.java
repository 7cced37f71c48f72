package org.casework.documents;

import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on in-memory H2 with the demo organisations (320599001 东湖街道, prefix 东街;
 * 320599002 西山街道, prefix 西街) and users (officer at JD1, officer3 at JD2). The database is shared
 * by every test of the run, so tests use fresh organisations or compare with numbers they issued.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class DocumentsSpringTest {

    static final String JD1 = "320599001";
    static final String JD2 = "320599002";

    @Autowired
    DocumentService documents;
    @Autowired
    OrgService orgs;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in on the current thread as a demo user, with the roles stored for them. */
    void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    long org(String code) {
        return orgs.requireByCode(code).id();
    }

    /** A new squad under 东湖街道 (so within officer's scope) that has issued nothing yet. */
    OrgRef freshSquad(String prefix) {
        String code = "DOC-" + Long.toString(System.nanoTime(), 36);
        return orgs.create(new OrgCommand(code, "文书测试中队" + code, org(JD1), OrgType.SQUAD, null, prefix, true));
    }

    static long freshCaseId() {
        return System.nanoTime() % 1_000_000_000L;
    }
}
