package org.casework.petitions;

import org.casework.testsupport.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PetitionChannelServiceTest {

    @Autowired PetitionChannelService channels;
    @Autowired PetitionService petitions;
    @Autowired UserDetailsService users;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theSeededChannelsAreListedInTheirOrder() {
        assertThat(channels.list(false)).extracting(ChannelRef::code).startsWith("来访", "来信", "电话", "网上信访", "12345", "8890");
    }

    @Test
    void administratorsAddRenameDeactivateAndDeleteUnusedChannels() {
        assertThat(channels.add(" 微信 ", "微信公众号", 130).code()).isEqualTo("微信");
        assertThatThrownBy(() -> channels.add("微信", "重复", 1)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("渠道代码已存在：微信");
        assertThatThrownBy(() -> channels.add("", " ", 1)).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).containsExactlyInAnyOrder(new RuleViolation("渠道代码", "渠道代码不能为空"),
                        new RuleViolation("渠道名称", "渠道名称不能为空")));
        assertThat(channels.rename("微信", "政务微信", 5).name()).isEqualTo("政务微信");
        assertThat(channels.setActive("微信", false).active()).isFalse();
        assertThat(channels.list(false)).extracting(ChannelRef::code).doesNotContain("微信");
        assertThat(channels.list(true)).extracting(ChannelRef::code).contains("微信");
        channels.delete("微信");
        assertThat(channels.find("微信")).isEmpty();
    }

    @Test
    void aChannelInUseCannotBeDeleted() {
        SignIn.as(users, "clerk");
        petitions.importPetition(new PetitionImport("320599001", "领导信箱-1", "领导信箱", LocalDate.of(2023, 2, 1), null, null,
                null, false, false));
        SignIn.as(users, "admin");
        assertThat(channels.usage("领导信箱")).isEqualTo(1);
        assertThatThrownBy(() -> channels.delete("领导信箱")).isInstanceOf(BusinessRuleException.class)
                .hasMessage("渠道“领导信箱”已有1件信访投诉使用，不能删除，可以停用");
    }

    @Test
    void onlyAdministratorsEditTheList() {
        SignIn.as(users, "clerk");
        assertThat(channels.list(false)).isNotEmpty();
        assertThatThrownBy(() -> channels.add("x", "x", 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> channels.delete("来访")).isInstanceOf(AccessDeniedException.class);
    }
}
