package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** A bulk job computes the user and scope once; it never lends them to another user or outlives the job. */
@SpringBootTest
@ActiveProfiles("test")
class CurrentUserPinTest {

    @Autowired
    CurrentUser current;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theContextIsComputedOnceForTheJobAndOnlyForItsUser() {
        SignIn.as(users, "jd1leader");
        UserContext outside = current.get();
        current.pinnedDuring(() -> {
            UserContext pinned = current.get();
            assertThat(current.get()).isSameAs(pinned).isEqualTo(outside);
            SignIn.as(users, "jd2leader");
            assertThat(current.get().username()).isEqualTo("jd2leader");
            SignIn.as(users, "jd1leader");
            assertThat(current.get()).isSameAs(pinned);
            return null;
        });
        assertThat(current.get()).isNotSameAs(outside).isEqualTo(outside);
    }
}
