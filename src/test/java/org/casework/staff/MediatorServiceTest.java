package org.casework.staff;

import org.casework.testsupport.SignIn;

import org.casework.org.OrgService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.Origin;
import org.casework.base.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class MediatorServiceTest {

    static final String COMMITTEE = "320599001-TW";
    static final String VILLAGE = "320599002-CW";

    @Autowired MediatorService service;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager em;
    @Autowired Clock clock;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long id(String code) {
        return orgs.requireByCode(code).id();
    }

    @Test
    void theAdministratorAddsAMediatorToAMediationBody() {
        MediatorDetail m = service.create(new MediatorForm(id(COMMITTEE), " 钱红 ", true, LocalDate.of(2022, 1, 1), null));
        assertThat(m.name()).isEqualTo("钱红");
        assertThat(m.bodyCode()).isEqualTo(COMMITTEE);
        assertThat(m.active()).isTrue();
        assertThat(m.origin()).isEqualTo(Origin.SCREEN);
    }

    @Test
    void collectsEveryViolation() {
        assertThatThrownBy(() -> service.create(new MediatorForm(id("320599001"), " ", false, null, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        new RuleViolation("调解组织", "“滨湖新区东湖街道办事处”不是调解组织：调解员只能属于设置了调解组织类型的机构"),
                        new RuleViolation("姓名", "调解员姓名不能为空"),
                        new RuleViolation("起聘日期", "起聘日期不能为空")));
        assertThatThrownBy(() -> service.create(new MediatorForm(null, "孙七", false, LocalDate.of(2022, 5, 1),
                LocalDate.of(2022, 4, 30)))).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).containsExactlyInAnyOrder(new RuleViolation("调解组织", "请选择调解组织"),
                        new RuleViolation("解聘日期", "解聘日期不能早于起聘日期")));
    }

    @Test
    void aNameIsUniqueWithinTheBody() {
        service.create(new MediatorForm(id(COMMITTEE), "周八", false, LocalDate.of(2022, 1, 1), null));
        assertThatThrownBy(() -> service.create(new MediatorForm(id(COMMITTEE), "周八", false, LocalDate.of(2023, 1, 1), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("该调解组织已有同名调解员：周八");
        assertThat(service.create(new MediatorForm(id(VILLAGE), "周八", false, LocalDate.of(2023, 1, 1), null)).bodyCode())
                .isEqualTo(VILLAGE);
    }

    @Test
    void theRosterFiltersByBodyAndByServingToday() {
        LocalDate today = LocalDate.now(clock);
        service.create(new MediatorForm(id(VILLAGE), "吴九", false, today.minusYears(2), null));
        service.create(new MediatorForm(id(VILLAGE), "郑十", false, today.minusYears(2), today));
        assertThat(service.search(new MediatorFilter(id(VILLAGE), true, null), 0, 50)).extracting(MediatorDetail::name)
                .contains("吴九").doesNotContain("郑十");
        assertThat(service.search(new MediatorFilter(id(VILLAGE), false, null), 0, 50)).extracting(MediatorDetail::name)
                .contains("郑十").doesNotContain("吴九");
        assertThat(service.count(new MediatorFilter(id(VILLAGE), null, "吴九"))).isEqualTo(1);
    }

    @Test
    void importCreatesLeavesUnchangedAndUpdates() {
        MediatorImport row = new MediatorImport(COMMITTEE, "冯十一", true, LocalDate.of(2021, 3, 1), null);
        assertThat(service.importMediator(row)).isEqualTo(ImportOutcome.CREATED);
        em.flush();
        int audit = auditRows();
        MediatorDetail created = service.search(new MediatorFilter(null, null, "冯十一"), 0, 5).get(0);
        assertThat(created.origin()).isEqualTo(Origin.IMPORT);
        assertThat(service.importMediator(row)).isEqualTo(ImportOutcome.UNCHANGED);
        em.flush();
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(service.get(created.id()).version()).isEqualTo(created.version());
        assertThat(service.importMediator(new MediatorImport(COMMITTEE, "冯十一", true, LocalDate.of(2021, 3, 1),
                LocalDate.of(2024, 12, 31)))).isEqualTo(ImportOutcome.UPDATED);
        assertThat(service.get(created.id()).dismissedDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void importNamesTheLedgerColumns() {
        assertThatThrownBy(() -> service.importMediator(new MediatorImport("NOPE", "", false, null, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        new RuleViolation("调解组织", "机构代码不存在：NOPE"),
                        new RuleViolation("姓名", "调解员姓名不能为空"),
                        new RuleViolation("起聘日期", "起聘日期不能为空")));
        assertThatThrownBy(() -> service.importMediator(new MediatorImport("320599001", "张", false, LocalDate.of(2021, 1, 1), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("不是调解组织");
    }

    @Test
    void mediatorsAndLeadersReadWithinTheirScopeOnlyAdministratorsWrite() {
        MediatorDetail village = service.create(new MediatorForm(id(VILLAGE), "陈十二", false, LocalDate.of(2022, 1, 1), null));
        MediatorDetail committee = service.create(new MediatorForm(id(COMMITTEE), "陈十三", false, LocalDate.of(2022, 1, 1), null));

        SignIn.as(users, "mediator");
        assertThat(service.search(MediatorFilter.none(), 0, 100)).extracting(MediatorDetail::bodyCode).containsOnly(COMMITTEE);
        assertThat(service.get(committee.id()).name()).isEqualTo("陈十三");
        assertThatThrownBy(() -> service.get(village.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(new MediatorForm(id(COMMITTEE), "x", false, LocalDate.of(2022, 1, 1), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importMediator(new MediatorImport(COMMITTEE, "x", false, LocalDate.of(2022, 1, 1), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.canEdit()).isFalse();

        SignIn.as(users, "jd2leader");
        assertThat(service.search(MediatorFilter.none(), 0, 100)).extracting(MediatorDetail::bodyCode).containsOnly(VILLAGE);
        assertThatThrownBy(() -> service.importMediator(new MediatorImport(COMMITTEE, "x", false, LocalDate.of(2022, 1, 1), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.importMediator(new MediatorImport(VILLAGE, "褚十四", false, LocalDate.of(2022, 1, 1), null)))
                .isEqualTo(ImportOutcome.CREATED);

        SignIn.as(users, "clerk");
        assertThatThrownBy(() -> service.search(MediatorFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    int auditRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class);
    }
}
