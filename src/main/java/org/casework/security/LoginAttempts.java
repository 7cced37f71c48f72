package org.casework.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import org.casework.audit.AuditService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed logins and locks an account for a while after too many; records every login and
 * every failure in the audit log.
 */
@Component
class LoginAttempts {

    private final AppUserRepository users;
    private final AuditService audit;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(AppUserRepository users, AuditService audit,
                  @Value("${casework.security.max-failed-logins:5}") int maxFailures,
                  @Value("${casework.security.lockout-minutes:15}") int lockoutMinutes) {
        this.users = users;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        users.findByUsername(name).ifPresent(u -> {
            if (u.failedLogins != 0 || u.lockedUntil != null) {
                u.failedLogins = 0;
                u.lockedUntil = null;
            }
        });
    }

    @EventListener
    public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        audit.recordIndependently(event.getAuthentication().getName(), "登录成功", null, remoteAddr());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "用户名或密码错误" : event.getException().getClass().getSimpleName();
        users.findByUsername(name).ifPresent(u -> {
            if (event instanceof AuthenticationFailureBadCredentialsEvent) {
                u.failedLogins++;
                if (u.failedLogins >= maxFailures) {
                    u.lockedUntil = Instant.now().plus(lockout);
                    u.failedLogins = 0;
                    audit.recordIndependently(name, "账号锁定", "连续登录失败" + maxFailures + "次，锁定" + lockout.toMinutes() + "分钟", remoteAddr());
                }
            }
        });
        audit.recordIndependently(name, "登录失败", reason, remoteAddr());
    }

    private static String remoteAddr() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
