package org.casework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.org.OrgService;
import org.casework.security.UserService.UserForm;
import org.casework.security.UserService.UserSummary;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Managing users: password rules, administrators only, and every other role kept to its own org subtree. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class UserServiceTest {

    static final String DISTRICT = "320599";
    static final String JD1 = "320599001";
    static final String JD2 = "320599002";

    @Autowired
    UserService users;
    @Autowired
    CurrentUser current;
    @Autowired
    OrgService orgs;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private UserForm form(String username, String org, Role... roles) {
        return new UserForm(username, "测试用户", orgs.requireByCode(org).id(), EnumSet.copyOf(Set.of(roles)));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource({
            "zhangsan, Ab1, 密码至少8位",
            "zhangsan, abcdefgh, 密码须同时包含字母和数字",
            "zhangsan, 12345678, 密码须同时包含字母和数字",
            "zhang2024, ZHANG2024, 密码不能与用户名相同",
            "zhangsan, a1234567890123456789012345678901234567890123456789012345678901234, 密码最长64位"
    })
    void passwordRulesRefuseWeakPasswords(String username, String password, String reason) {
        assertThatThrownBy(() -> UserService.checkPasswordRules(username, password))
                .isInstanceOf(BusinessRuleException.class).hasMessage(reason)
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("password");
    }

    @Test
    void aGoodPasswordPasses() {
        assertThatCode(() -> UserService.checkPasswordRules("zhangsan", "Zhang2024san")).doesNotThrowAnyException();
        assertThatThrownBy(() -> UserService.checkPasswordRules("zhangsan", null)).hasMessage("密码至少8位");
    }

    @Test
    void onlyAnAdministratorManagesUsers() {
        assertThatThrownBy(() -> users.count(null)).isInstanceOf(AccessDeniedException.class).hasMessage("请先登录");
        SignIn.as(userDetails, "leader");
        assertThatThrownBy(() -> users.search(null, 0, 10)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("您没有执行此操作的权限");
        assertThatThrownBy(() -> users.create(form("us-x1", JD1, Role.OFFICER), "Good2024pass"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(userDetails, "officer");
        assertThatThrownBy(() -> users.setEnabled(1L, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorCreatesAndEditsUsers() {
        SignIn.as(userDetails, "admin");
        long before = users.count(null);
        UserSummary created = users.create(form("us-new1", JD2, Role.OFFICER, Role.MEDIATOR), "Good2024pass");

        assertThat(created.orgCode()).isEqualTo(JD2);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.MEDIATOR);
        assertThat(created.enabled()).isTrue();
        assertThat(users.count(null)).isEqualTo(before + 1);
        assertThat(users.search("us-new", 0, 10)).extracting(UserSummary::username).containsExactly("us-new1");

        UserSummary edited = users.update(created.id(), new UserForm("us-new1", "改名后", orgs.requireByCode(JD1).id(), Set.of(Role.HEAD)));
        assertThat(edited.displayName()).isEqualTo("改名后");
        assertThat(edited.orgCode()).isEqualTo(JD1);
        assertThat(edited.roles()).containsExactly(Role.HEAD);
    }

    @Test
    void badUserFormsAreRefusedAndNothingIsStored() {
        SignIn.as(userDetails, "admin");
        long before = users.count(null);
        assertThatThrownBy(() -> users.create(form("officer", JD1, Role.OFFICER), "Good2024pass")).hasMessage("用户名已存在：officer");
        assertThatThrownBy(() -> users.create(form("有 空格", JD1, Role.OFFICER), "Good2024pass")).hasMessageContaining("用户名须为2至64位");
        assertThatThrownBy(() -> users.create(new UserForm("us-b1", "甲", orgs.requireByCode(JD1).id(), Set.of()), "Good2024pass"))
                .hasMessage("请至少选择一个角色");
        assertThatThrownBy(() -> users.create(new UserForm("us-b2", "甲", null, Set.of(Role.OFFICER)), "Good2024pass"))
                .hasMessage("请选择所属机构");
        assertThatThrownBy(() -> users.create(form("us-b3", JD1, Role.OFFICER), "weakpass")).hasMessage("密码须同时包含字母和数字");
        assertThat(users.count(null)).isEqualTo(before);
    }

    @Test
    void anAdministratorCannotLockThemselfOut() {
        SignIn.as(userDetails, "admin");
        UserSummary me = users.search("admin", 0, 10).stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        assertThatThrownBy(() -> users.setEnabled(me.id(), false)).hasMessage("不能停用自己的账号");
        assertThatThrownBy(() -> users.update(me.id(), new UserForm("admin", me.displayName(), me.orgId(), Set.of(Role.LEADER))))
                .hasMessage("不能取消自己的系统管理员角色");
    }

    @Test
    void everyOtherRoleSeesItsOwnSubtreeOnly() {
        long district = orgs.requireByCode(DISTRICT).id();
        long jd1 = orgs.requireByCode(JD1).id();
        long jd2 = orgs.requireByCode(JD2).id();
        long squad1 = orgs.requireByCode("320599001-ZF").id();

        SignIn.as(userDetails, "jd1leader");
        assertThat(current.get().scopeOrgIds()).contains(jd1, squad1).doesNotContain(jd2, district);
        assertThatCode(() -> current.requireScope(squad1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> current.requireScope(jd2)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("该记录不在您的机构范围内");
        assertThatThrownBy(() -> current.scopedOrg(JD2)).hasMessage("机构 " + JD2 + " 不在您的机构范围内");

        SignIn.as(userDetails, "leader");
        assertThat(current.get().scopeOrgIds()).contains(district, jd1, jd2, squad1);

        SignIn.as(userDetails, "admin");
        assertThat(current.get().scopeOrgIds()).containsAll(orgs.all().stream().map(o -> o.id()).toList());
    }
}
