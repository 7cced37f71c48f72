package org.casework.staff;

import org.casework.testsupport.SignIn;

import org.casework.org.OrgService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.Origin;
import org.casework.base.RuleViolation;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class OfficerServiceTest {

    static final String JD1 = "320599001";

    @Autowired OfficerService officers;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;

    long jd1;

    @BeforeEach
    void signIn() {
        jd1 = orgs.requireByCode(JD1).id();
        SignIn.as(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdministratorRegistersAnOfficer() {
        String no = "32059900" + unique();
        OfficerRef saved = officers.create(new OfficerForm(jd1, " 王五 ", no.toLowerCase(), LocalDate.of(2026, 12, 31),
                LocalDate.of(2020, 1, 1), null, true));
        assertThat(saved.name()).isEqualTo("王五");
        assertThat(saved.certificateNo()).isEqualTo(no);
        assertThat(saved.orgCode()).isEqualTo(JD1);
        assertThat(officers.search(new OfficerFilter(jd1, no, true), 0, 10)).extracting(OfficerRef::id).containsExactly(saved.id());
    }

    @Test
    void theFormsRulesAreCollected() {
        String no = "D" + unique();
        officers.create(new OfficerForm(jd1, "甲", no, null, LocalDate.of(2020, 1, 1), null, false));
        BusinessRuleException e = (BusinessRuleException) assertThatThrownBy(() -> officers.create(
                new OfficerForm(jd1, null, no, null, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), false)))
                .isInstanceOf(BusinessRuleException.class).actual();
        assertThat(e.violations()).extracting(RuleViolation::field).containsExactlyInAnyOrder("姓名", "离岗日期", "执法证号");
    }

    @Test
    void certificateValidityAndDuty() {
        OfficerRef o = new OfficerRef(1L, 1L, "x", "x", "甲", "NO1", LocalDate.of(2024, 6, 30), LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 1, 1), false, Origin.SCREEN);
        assertThat(o.isCertifiedOn(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(o.isCertifiedOn(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(o.isActiveOn(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(o.isActiveOn(LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(o.isActiveOn(LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(o.mayEnforceOn(LocalDate.of(2024, 12, 31))).isFalse();
        OfficerRef noCard = new OfficerRef(2L, 1L, "x", "x", "乙", null, null, LocalDate.of(2020, 1, 1), null, false, Origin.SCREEN);
        assertThat(noCard.isCertifiedOn(LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void importIdentifiesByNumberOrByNameWithoutOne() {
        String no = "I" + unique();
        OfficerImport row = new OfficerImport(JD1, "赵六", no, LocalDate.of(2027, 1, 1), LocalDate.of(2021, 3, 1), null, false);
        assertThat(officers.importOfficer(row)).isEqualTo(ImportOutcome.CREATED);
        assertThat(officers.importOfficer(row)).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(officers.importOfficer(new OfficerImport(JD1, "赵六", no, LocalDate.of(2027, 1, 1), LocalDate.of(2021, 3, 1),
                LocalDate.of(2024, 8, 1), false))).isEqualTo(ImportOutcome.UPDATED);
        OfficerRef stored = officers.search(new OfficerFilter(jd1, no, false), 0, 5).get(0);
        assertThat(stored.origin()).isEqualTo(Origin.IMPORT);
        assertThat(stored.offDutyDate()).isEqualTo(LocalDate.of(2024, 8, 1));

        String name = "无证" + unique();
        OfficerImport withoutNumber = new OfficerImport(JD1, name, null, null, LocalDate.of(2022, 1, 1), null, false);
        assertThat(officers.importOfficer(withoutNumber)).isEqualTo(ImportOutcome.CREATED);
        assertThat(officers.importOfficer(withoutNumber)).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(officers.importOfficer(new OfficerImport(JD1, name, null, null, LocalDate.of(2022, 1, 1), null, true)))
                .isEqualTo(ImportOutcome.UPDATED);
        assertThat(officers.count(new OfficerFilter(jd1, name, false))).isEqualTo(1);

        BusinessRuleException e = (BusinessRuleException) assertThatThrownBy(() -> officers.importOfficer(
                new OfficerImport("NOPE", "甲", null, null, null, null, false))).isInstanceOf(BusinessRuleException.class).actual();
        assertThat(e.violations()).containsExactlyInAnyOrder(new RuleViolation("执法主体", "机构代码不存在：NOPE"),
                new RuleViolation("在岗起", "在岗起始日期不能为空"));
    }

    @Test
    void othersReadWithinScopeAndOnlyAdministratorsWrite() {
        OfficerRef jd1Officer = officers.create(new OfficerForm(jd1, "钱七", "S" + unique(), null,
                LocalDate.of(2020, 1, 1), null, false));
        SignIn.as(users, "officer");
        assertThat(officers.get(jd1Officer.id()).name()).isEqualTo("钱七");
        assertThat(officers.mayEdit()).isFalse();
        assertThatThrownBy(() -> officers.create(new OfficerForm(jd1, "孙八", null, null, LocalDate.of(2020, 1, 1), null, false)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "officer3");
        assertThatThrownBy(() -> officers.get(jd1Officer.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(officers.search(OfficerFilter.all(), 0, 1000)).noneMatch(o -> o.orgId() == jd1);
        SignIn.as(users, "mediator");
        assertThatThrownBy(() -> officers.count(OfficerFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    /** A number no other test uses (searches match by substring). */
    private static String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
