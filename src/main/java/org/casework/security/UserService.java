package org.casework.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casework.audit.AuditService;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.ReferenceCache;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managing users: accounts, roles, passwords. Only a system administrator manages other users. */
@Service
@Transactional
public class UserService {

    private final AppUserRepository users;
    private final OrgService orgs;
    private final PasswordEncoder encoder;
    private final CurrentUser current;
    private final AuditService audit;
    private final ReferenceCache cache;

    UserService(AppUserRepository users, OrgService orgs, PasswordEncoder encoder, CurrentUser current, AuditService audit,
                ReferenceCache cache) {
        this.users = users;
        this.orgs = orgs;
        this.encoder = encoder;
        this.current = current;
        this.audit = audit;
        this.cache = cache;
    }

    public record UserSummary(long id, String username, String displayName, long orgId, String orgCode, String orgName,
                              Set<Role> roles, boolean enabled, boolean locked) {
    }

    public record UserForm(String username, String displayName, Long orgId, Set<Role> roles) {
    }

    @Transactional(readOnly = true)
    public List<UserSummary> search(String text, int offset, int limit) {
        UserContext admin = current.require(Role.ADMIN);
        int page = limit <= 0 ? 0 : offset / limit;
        return users.search(admin.scopeOrgIds(), like(text), PageRequest.of(page, Math.max(limit, 1)))
                .stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        UserContext admin = current.require(Role.ADMIN);
        return users.countSearch(admin.scopeOrgIds(), like(text));
    }

    public UserSummary create(UserForm form, String password) {
        UserContext admin = current.require(Role.ADMIN);
        cache.changing();
        validate(form, null);
        checkPasswordRules(form.username(), password);
        AppUser u = new AppUser();
        apply(u, form);
        u.passwordHash = encoder.encode(password);
        u.passwordChangedAt = Instant.now();
        users.save(u);
        return summary(u);
    }

    public UserSummary update(long id, UserForm form) {
        current.require(Role.ADMIN);
        AppUser u = loadForChange(id);
        validate(form, u);
        if (u.roles.contains(Role.ADMIN) && !form.roles().contains(Role.ADMIN) && current.get().username().equals(u.username)) {
            throw new BusinessRuleException("roles", "不能取消自己的系统管理员角色");
        }
        apply(u, form);
        return summary(u);
    }

    public void resetPassword(long id, String newPassword) {
        current.require(Role.ADMIN);
        AppUser u = loadForChange(id);
        checkPasswordRules(u.username, newPassword);
        u.passwordHash = encoder.encode(newPassword);
        u.passwordChangedAt = Instant.now();
        u.failedLogins = 0;
        u.lockedUntil = null;
        audit.record("重置密码", "AppUser", u.id, u.username);
    }

    public void setEnabled(long id, boolean enabled) {
        UserContext admin = current.require(Role.ADMIN);
        AppUser u = loadForChange(id);
        if (!enabled && admin.username().equals(u.username)) {
            throw new BusinessRuleException("不能停用自己的账号");
        }
        u.enabled = enabled;
    }

    public void unlock(long id) {
        current.require(Role.ADMIN);
        AppUser u = loadForChange(id);
        u.lockedUntil = null;
        u.failedLogins = 0;
        audit.record("解除锁定", "AppUser", u.id, u.username);
    }

    /** A signed-in user changes their own password, giving the current one. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserContext me = current.get();
        AppUser u = users.findByUsername(me.username()).orElseThrow();
        if (!encoder.matches(currentPassword == null ? "" : currentPassword, u.passwordHash)) {
            throw new BusinessRuleException("currentPassword", "当前密码不正确");
        }
        checkPasswordRules(u.username, newPassword);
        u.passwordHash = encoder.encode(newPassword);
        u.passwordChangedAt = Instant.now();
    }

    /** Password rules: at least 8 characters, letters and digits, not the user name. */
    public static void checkPasswordRules(String username, String password) {
        if (password == null || password.length() < 8) {
            throw new BusinessRuleException("password", "密码至少8位");
        }
        if (password.length() > 64) {
            throw new BusinessRuleException("password", "密码最长64位");
        }
        if (!password.matches(".*[A-Za-z].*") || !password.matches(".*[0-9].*")) {
            throw new BusinessRuleException("password", "密码须同时包含字母和数字");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new BusinessRuleException("password", "密码不能与用户名相同");
        }
    }

    /** Start-up and demo data: creates a user without the admin check and without password rules. */
    UserSummary createSystemUser(String username, String displayName, long orgId, Set<Role> roles, String password) {
        AppUser u = new AppUser();
        apply(u, new UserForm(username, displayName, orgId, roles));
        u.passwordHash = encoder.encode(password);
        u.passwordChangedAt = Instant.now();
        users.save(u);
        return summary(u);
    }

    boolean anyAdmin() {
        return users.anyAdmin();
    }

    boolean exists(String username) {
        return users.existsByUsername(username);
    }

    private void validate(UserForm form, AppUser self) {
        if (form.username() == null || !form.username().trim().matches("[A-Za-z0-9_.\\-]{2,64}")) {
            throw new BusinessRuleException("username", "用户名须为2至64位字母、数字、下划线、点或连字符");
        }
        if (form.displayName() == null || form.displayName().isBlank()) {
            throw new BusinessRuleException("displayName", "姓名不能为空");
        }
        if (form.orgId() == null) {
            throw new BusinessRuleException("org", "请选择所属机构");
        }
        current.requireScope(form.orgId());
        if (form.roles() == null || form.roles().isEmpty()) {
            throw new BusinessRuleException("roles", "请至少选择一个角色");
        }
        users.findByUsername(form.username().trim()).ifPresent(other -> {
            if (self == null || !other.id.equals(self.id)) {
                throw new BusinessRuleException("username", "用户名已存在：" + form.username());
            }
        });
    }

    private static void apply(AppUser u, UserForm form) {
        u.username = form.username().trim();
        u.displayName = form.displayName().trim();
        u.orgId = form.orgId();
        u.roles = EnumSet.copyOf(form.roles());
    }

    /** The user about to be changed: the reference cache is read past for the rest of the transaction. */
    private AppUser loadForChange(long id) {
        cache.changing();
        AppUser u = users.findById(id).orElseThrow(() -> new NotFoundException("用户不存在"));
        current.requireScope(u.orgId);
        return u;
    }

    private UserSummary summary(AppUser u) {
        OrgRef org = orgs.get(u.orgId);
        return new UserSummary(u.id, u.username, u.displayName, org.id(), org.code(), org.name(),
                EnumSet.copyOf(u.roles.isEmpty() ? EnumSet.noneOf(Role.class) : u.roles), u.enabled, u.lockedAt(Instant.now()));
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim() + "%";
    }
}
