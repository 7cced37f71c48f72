package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.casework.audit.AuditService;
import org.casework.org.OrgService;
import org.casework.security.UserService.UserSummary;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Five wrong passwords in a row lock an account for a while (casework.security.max-failed-logins=5),
 * even against the right password; a good login in between starts the count again; an administrator
 * lifts the lock. Not transactional: the listener writes in its own transactions, as at a real login.
 */
@SpringBootTest
@ActiveProfiles("test")
class LoginAttemptsTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SystemUsers systemUsers;
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String newUser() {
        String username = "lock" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        systemUsers.provision(username, "锁定测试", orgs.requireByCode("320599001").id(), EnumSet.of(Role.OFFICER), "Right2024pw");
        return username;
    }

    private void wrongPassword(String username) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"), new BadCredentialsException("用户名或密码错误")));
    }

    private ProviderManager login() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    private boolean locked(String username) {
        return !userDetails.loadUserByUsername(username).isAccountNonLocked();
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        String username = newUser();
        for (int i = 0; i < 4; i++) {
            wrongPassword(username);
        }
        assertThat(locked(username)).as("four failures are not yet enough").isFalse();

        wrongPassword(username);
        assertThat(locked(username)).isTrue();
        assertThatThrownBy(() -> login().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "Right2024pw")))
                .as("even the right password").isInstanceOf(LockedException.class);

        SignIn.as(userDetails, "admin");
        assertThat(audit.latest(username, 0, 20)).extracting(AuditService.AuditEntry::action).contains("账号锁定", "登录失败");
        UserSummary summary = users.search(username, 0, 10).get(0);
        assertThat(summary.locked()).isTrue();
        users.unlock(summary.id());
        SignIn.out();

        assertThat(locked(username)).isFalse();
        assertThat(login().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "Right2024pw")).isAuthenticated()).isTrue();
    }

    @Test
    void aGoodLoginInBetweenStartsTheCountAgain() {
        String username = newUser();
        for (int i = 0; i < 4; i++) {
            wrongPassword(username);
        }
        var user = userDetails.loadUserByUsername(username);
        events.publishEvent(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        for (int i = 0; i < 4; i++) {
            wrongPassword(username);
        }
        assertThat(locked(username)).isFalse();
        wrongPassword(username);
        assertThat(locked(username)).isTrue();
    }
}
