package org.casework.petitions;

import org.casework.testsupport.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.Origin;
import org.casework.base.RuleViolation;
import org.casework.org.OrgService;
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
class PetitionServiceTest {

    static final String JD1 = "320599001";
    static final String JD2 = "320599002";
    /** A Monday; 60 days later is Friday 2024-08-02; 90 days later is Sunday 2024-09-01, so the period ends Monday 09-02. */
    static final LocalDate REGISTERED = LocalDate.of(2024, 6, 3);

    @Autowired PetitionService service;
    @Autowired PetitionChannelService channels;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager em;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "clerk");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    PetitionForm form(String no, String channel, LocalDate due, boolean extended, LocalDate closed, Rating rating,
                      boolean backlog, boolean resolved) {
        return new PetitionForm(orgs.requireByCode(JD1).id(), no, channel, "刘某", "噪音扰民", null, REGISTERED, null, due,
                extended, closed, null, rating, backlog, resolved, null);
    }

    @Test
    void theDueDateDefaultsToSixtyDaysOrNinetyWithAnExtension() {
        PetitionDetail p = service.create(form("东信〔2024〕1号", "12345", null, false, null, null, false, false));
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2024, 8, 2));
        assertThat(p.status()).isEqualTo(PetitionStatus.REGISTERED);
        assertThat(p.channelName()).isEqualTo("12345政务服务便民热线");
        PetitionDetail extended = service.update(p.id(), p.version(), form("东信〔2024〕1号", "12345", null, true, null, null,
                false, false));
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(service.defaultDueDate(REGISTERED, false)).isEqualTo(LocalDate.of(2024, 8, 2));
    }

    @Test
    void aDueDateBeyondSixtyDaysNeedsAnApprovedExtensionOfAtMostThirty() {
        assertThatThrownBy(() -> service.create(form("东信〔2024〕2号", "来访", LocalDate.of(2024, 8, 20), false, null, null,
                false, false))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("办理期限超过登记之日起60日的，须经批准延期（《信访工作条例》第三十四条）");
        assertThatThrownBy(() -> service.create(form("东信〔2024〕2号", "来访", LocalDate.of(2024, 9, 3), true, null, null,
                false, false))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("办理期限最长为登记之日起60日，经批准可延长，延长不得超过30日（《信访工作条例》第三十四条）");
        assertThat(service.create(form("东信〔2024〕2号", "来访", LocalDate.of(2024, 8, 20), true, null, null, false, false))
                .dueDate()).isEqualTo(LocalDate.of(2024, 8, 20));
    }

    @Test
    void collectsEveryViolationWithItsChineseMessage() {
        PetitionForm bad = new PetitionForm(orgs.requireByCode(JD1).id(), "", "微博", null, null, null, REGISTERED,
                REGISTERED.minusDays(1), REGISTERED.minusDays(2), false, REGISTERED.minusDays(1), null, Rating.SATISFIED,
                false, true, null);
        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).containsExactlyInAnyOrder(
                        new RuleViolation("编号", "编号不能为空"),
                        new RuleViolation("渠道", "渠道代码不存在：微博"),
                        new RuleViolation("告知日期", "告知日期不能早于登记日期"),
                        new RuleViolation("办结日期", "办结日期不能早于登记日期"),
                        new RuleViolation("办理期限", "办理期限不能早于登记日期")));
        assertThatThrownBy(() -> service.create(form("东信〔2024〕3号", "电话", null, false, null, Rating.DISSATISFIED, true, true)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        new RuleViolation("评价", "未办结的信访事项不能评价"),
                        new RuleViolation("已化解", "已化解的信访事项须填写办结日期")));
    }

    @Test
    void closingSetsTheStatusAndResolvedWithoutBacklogIsNoted() {
        PetitionDetail p = service.create(form("东信〔2024〕4号", "电话", null, false, LocalDate.of(2024, 7, 1), Rating.SATISFIED,
                false, true));
        assertThat(p.status()).isEqualTo(PetitionStatus.CLOSED);
        assertThat(p.closedOnTime()).isTrue();
        assertThat(p.dataQuality()).isEqualTo(PetitionService.NOT_BACKLOG_NOTE);
        assertThat(service.create(form("东信〔2024〕5号", "电话", null, false, LocalDate.of(2024, 7, 1), Rating.NOT_RATED,
                true, true)).dataQuality()).isNull();
    }

    @Test
    void aNewPetitionCannotUseADeactivatedChannelButAnImportMay() {
        SignIn.as(users, "admin");
        channels.add("停用渠道", "停用渠道", 300);
        channels.setActive("停用渠道", false);
        SignIn.as(users, "clerk");
        assertThatThrownBy(() -> service.create(form("东信〔2024〕6号", "停用渠道", null, false, null, null, false, false)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("渠道“停用渠道”已停用，不能登记新的信访投诉");
        assertThat(service.importPetition(new PetitionImport(JD1, "东信〔2020〕1号", "停用渠道", LocalDate.of(2020, 3, 2), null,
                null, null, false, false))).isEqualTo(ImportOutcome.CREATED);
    }

    @Test
    void importCreatesLeavesUnchangedAndUpdates() {
        PetitionImport row = new PetitionImport(JD1, "8890-2023-001", "8890", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 8),
                LocalDate.of(2023, 3, 6), Rating.BASICALLY_SATISFIED, false, false);
        assertThat(service.importPetition(row)).isEqualTo(ImportOutcome.CREATED);
        em.flush();
        PetitionDetail p = service.search(new PetitionFilter(null, 2023, "8890", null, "8890-2023-001"), 0, 5).get(0);
        assertThat(p.origin()).isEqualTo(Origin.IMPORT);
        assertThat(p.extended()).isFalse();
        assertThat(p.status()).isEqualTo(PetitionStatus.CLOSED);
        int audit = auditRows();
        assertThat(service.importPetition(row)).isEqualTo(ImportOutcome.UNCHANGED);
        em.flush();
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(service.get(p.id()).version()).isEqualTo(p.version());
        assertThat(service.importPetition(new PetitionImport(JD1, "8890-2023-001", "8890", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 3, 8), LocalDate.of(2023, 3, 9), Rating.DISSATISFIED, false, false)))
                .isEqualTo(ImportOutcome.UPDATED);
        assertThat(service.get(p.id()).rating()).isEqualTo(Rating.DISSATISFIED);
    }

    @Test
    void importAcceptsALedgersLongDueDateWithANoteAndDerivesTheExtension() {
        service.importPetition(new PetitionImport(JD1, "东信〔2022〕1号", "督办", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 7, 1),
                null, null, true, false));
        service.importPetition(new PetitionImport(JD1, "东信〔2022〕2号", "督办", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 15),
                null, null, true, false));
        PetitionDetail beyond = service.search(new PetitionFilter(null, 2022, null, null, "东信〔2022〕1号"), 0, 5).get(0);
        PetitionDetail extended = service.search(new PetitionFilter(null, 2022, null, null, "东信〔2022〕2号"), 0, 5).get(0);
        assertThat(beyond.dataQuality()).isEqualTo(PetitionService.BEYOND_LIMIT_NOTE);
        assertThat(beyond.extended()).isTrue();
        assertThat(extended.extended()).isTrue();
        assertThat(extended.dataQuality()).isNull();
    }

    @Test
    void importAcceptsADueDateBeforeRegistrationWithANote() {
        // a hotline platform sets the deadline; the office registers the petition after it (sample ledger)
        assertThat(service.importPetition(new PetitionImport(JD1, "东信〔2022〕3号", "12345", LocalDate.of(2022, 3, 22),
                LocalDate.of(2022, 3, 18), LocalDate.of(2022, 3, 23), null, false, false))).isEqualTo(ImportOutcome.CREATED);
        PetitionDetail late = service.search(new PetitionFilter(null, 2022, null, null, "东信〔2022〕3号"), 0, 5).get(0);
        assertThat(late.dueDate()).isEqualTo(LocalDate.of(2022, 3, 18));
        assertThat(late.dataQuality()).isEqualTo(PetitionService.DUE_BEFORE_REGISTRATION_NOTE);
    }

    @Test
    void importNamesTheLedgerColumnsAnUnknownChannelOn渠道() {
        assertThatThrownBy(() -> service.importPetition(new PetitionImport(JD1, "X-1", "抖音", LocalDate.of(2023, 1, 1), null, null,
                null, false, false))).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).containsExactly(new RuleViolation("渠道", "渠道代码不存在：抖音")));
        assertThatThrownBy(() -> service.importPetition(new PetitionImport("NOPE", "", null, null, null, LocalDate.of(2023, 1, 1),
                Rating.SATISFIED, false, false))).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).extracting(RuleViolation::field)
                        .containsExactlyInAnyOrder("承办单位", "编号", "渠道", "登记日期"));
    }

    @Test
    void clerksWorkInTheirOrganisationLeadersRead() {
        PetitionDetail mine = service.create(form("东信〔2024〕7号", "来信", null, false, null, null, false, false));
        assertThatThrownBy(() -> service.importPetition(new PetitionImport(JD2, "西信1", "来信", REGISTERED, null, null, null,
                false, false))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "jd2leader");
        assertThatThrownBy(() -> service.get(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.importPetition(new PetitionImport(JD2, "西信1", "来信", REGISTERED, null, null, null, false, false)))
                .isEqualTo(ImportOutcome.CREATED);
        assertThat(service.search(PetitionFilter.none(), 0, 100)).extracting(PetitionDetail::orgCode).containsOnly(JD2);
        assertThatThrownBy(() -> service.create(form("x", "来信", null, false, null, null, false, false)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "leader");
        assertThat(service.get(mine.id()).petitionNo()).isEqualTo("东信〔2024〕7号");
        SignIn.as(users, "mediator");
        assertThatThrownBy(() -> service.get(mine.id())).isInstanceOf(AccessDeniedException.class);
    }

    int auditRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class);
    }
}
