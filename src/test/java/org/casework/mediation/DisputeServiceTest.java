package org.casework.mediation;

import org.casework.testsupport.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.Origin;
import org.casework.base.RuleViolation;
import org.casework.org.OrgService;
import org.casework.party.PartyService;
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
class DisputeServiceTest {

    static final String COMMITTEE = "320599001-TW";
    static final String VILLAGE = "320599002-CW";
    static final String CENTRE = "320599-MT";
    /** A Monday; 30 days later is Wednesday 2024-04-03, a working day. */
    static final LocalDate ACCEPTED = LocalDate.of(2024, 3, 4);

    @Autowired DisputeService service;
    @Autowired OrgService orgs;
    @Autowired PartyService parties;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager em;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "mediator");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long id(String code) {
        return orgs.requireByCode(code).id();
    }

    DisputeForm form(String no, LocalDate closed, DisputeOutcome outcome, BigDecimal amount, LocalDate confirmed) {
        return new DisputeForm(id(COMMITTEE), no, MediationKind.PEOPLE, IntakeSource.APPLIED, "邻里", List.of("甲一", "乙二"),
                "排水纠纷", ACCEPTED, closed, outcome, amount, confirmed, false, null, false, null);
    }

    @Test
    void anAgreementTakesItsDateFromTheClosingAndThePartiesEnterTheRegistry() {
        DisputeDetail d = service.create(form("东调〔2024〕1号", LocalDate.of(2024, 3, 20), DisputeOutcome.WRITTEN,
                new BigDecimal("3000"), LocalDate.of(2024, 4, 2)));
        assertThat(d.agreementDate()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(d.agreementAmount()).isEqualByComparingTo("3000.00");
        assertThat(d.agreementAmount().scale()).isEqualTo(2);
        assertThat(d.status()).isEqualTo(DisputeStatus.AGREED);
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(d.parties()).containsExactly("甲一", "乙二");
        assertThat(parties.search("甲一", 0, 10)).hasSize(1);
        assertThat(service.get(d.id())).isEqualTo(d);
    }

    @Test
    void anOpenDisputeKeepsItsChosenStatusAndATerminationEndsIt() {
        DisputeForm f = form("东调〔2024〕2号", null, null, null, null);
        DisputeDetail d = service.create(new DisputeForm(f.bodyId(), f.disputeNo(), f.kind(), f.source(), f.category(), f.parties(),
                f.facts(), f.acceptedDate(), null, null, null, null, false, null, false, DisputeStatus.IN_MEDIATION));
        assertThat(d.status()).isEqualTo(DisputeStatus.IN_MEDIATION);
        DisputeDetail ended = service.update(d.id(), d.version(), form("东调〔2024〕2号", LocalDate.of(2024, 3, 30),
                DisputeOutcome.TERMINATED, null, null));
        assertThat(ended.status()).isEqualTo(DisputeStatus.TERMINATED);
        assertThat(ended.agreementDate()).isNull();
    }

    @Test
    void collectsEveryViolationWithItsChineseMessage() {
        DisputeForm bad = new DisputeForm(id("320599001"), " ", null, null, "打架", List.of(" "), null, ACCEPTED,
                ACCEPTED.minusDays(1), null, new BigDecimal("10"), ACCEPTED, true, 0, false, null);
        assertThatThrownBy(() -> service.create(bad)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "leader");
        assertThatThrownBy(() -> service.create(bad)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "mediator");
        DisputeForm bad2 = new DisputeForm(id(COMMITTEE), " ", null, null, "打架", List.of(" "), null, ACCEPTED,
                ACCEPTED.minusDays(1), null, new BigDecimal("10"), ACCEPTED, true, 0, false, null);
        assertThatThrownBy(() -> service.create(bad2)).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).containsExactlyInAnyOrder(
                        new RuleViolation("编号", "编号不能为空"),
                        new RuleViolation("类型", "请选择调解类型（人民调解、行政调解、矛调中心）"),
                        new RuleViolation("来源", "请选择纠纷来源（申请、主动、委托移送）"),
                        new RuleViolation("纠纷类别", "纠纷类别“打架”不在分类中，应为：" + String.join("、", DisputeCategories.ALL)),
                        new RuleViolation("当事人", "当事人不能为空"),
                        new RuleViolation("办结日期", "办结日期不能早于受理日期"),
                        new RuleViolation("结果", "已办结的纠纷须填写调解结果（书面协议、口头协议、终止）"),
                        new RuleViolation("协议金额", "只有达成调解协议（书面或口头）的纠纷才能填写协议金额"),
                        new RuleViolation("司法确认日期", "只有达成调解协议（书面或口头）的纠纷才能申请司法确认（《人民调解法》第三十三条）"),
                        new RuleViolation("涉及人数", "涉及人数应为正整数")));
    }

    @Test
    void theLaterCategoriesAreKnownAndAnOutcomeNeedsAClosingDate() {
        DisputeForm f = form("东调〔2024〕3号", null, DisputeOutcome.ORAL, null, null);
        assertThatThrownBy(() -> service.create(f)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("填写了调解结果的纠纷须填写办结日期");
        for (String category : List.of("旅游", "知识产权", "互联网")) {
            assertThat(DisputeCategories.isKnown(category)).isTrue();
        }
    }

    @Test
    void anAgreementAmountIsNotNegativeAndAConfirmationFollowsTheAgreement() {
        assertThatThrownBy(() -> service.create(form("东调〔2024〕4号", LocalDate.of(2024, 3, 20), DisputeOutcome.ORAL,
                new BigDecimal("-1"), LocalDate.of(2024, 3, 19)))).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).containsExactlyInAnyOrder(
                        new RuleViolation("协议金额", "协议金额不能为负数"),
                        new RuleViolation("司法确认日期", "司法确认日期不能早于调解协议达成日期（办结日期）")));
        assertThatThrownBy(() -> service.create(form("东调〔2024〕4号", LocalDate.of(2024, 3, 20), DisputeOutcome.ORAL,
                new BigDecimal("1.005"), null))).isInstanceOf(BusinessRuleException.class).hasMessage("协议金额最多保留两位小数");
        DisputeDetail oral = service.create(form("东调〔2024〕4号", LocalDate.of(2024, 3, 20), DisputeOutcome.ORAL,
                BigDecimal.ZERO, LocalDate.of(2024, 3, 20)));
        assertThat(oral.judicialConfirmationDate()).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void theBodyMustBeAMediationBodyAndTheNumberUnique() {
        SignIn.as(users, "jd2leader");
        assertThatThrownBy(() -> service.importDispute(row("西山2024-1", "320599002", List.of())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("“滨湖新区西山街道办事处”不是调解组织：纠纷只能由设置了调解组织类型的机构受理");
        SignIn.as(users, "mediator");
        service.create(form("东调〔2024〕5号", null, null, null, null));
        assertThatThrownBy(() -> service.create(form("东调〔2024〕5号", null, null, null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("本调解组织已有编号为“东调〔2024〕5号”的纠纷");
    }

    @Test
    void aFollowUpVisitIsRecordedNotBeforeTheAcceptance() {
        DisputeDetail d = service.create(form("东调〔2024〕6号", LocalDate.of(2024, 3, 20), DisputeOutcome.WRITTEN, null, null));
        assertThatThrownBy(() -> service.addFollowUp(d.id(), new FollowUpForm(ACCEPTED.minusDays(1), null, null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("回访日期不能早于受理日期");
        DisputeDetail visited = service.addFollowUp(d.id(), new FollowUpForm(LocalDate.of(2024, 4, 10), Performance.PERFORMED,
                "满意", "已按协议支付"));
        assertThat(visited.followUps()).singleElement().satisfies(f -> {
            assertThat(f.visitDate()).isEqualTo(LocalDate.of(2024, 4, 10));
            assertThat(f.performance()).isEqualTo(Performance.PERFORMED);
            assertThat(f.notes()).isEqualTo("已按协议支付");
        });
    }

    DisputeImport row(String no, String body, List<LocalDate> visits) {
        return new DisputeImport(body, no, MediationKind.PEOPLE, IntakeSource.INITIATIVE, "婚姻家庭", List.of("丙三", "丁四"),
                LocalDate.of(2023, 5, 6), LocalDate.of(2023, 5, 20), DisputeOutcome.WRITTEN, new BigDecimal("1200.5"), null,
                visits, true, 5, false);
    }

    @Test
    void importCreatesLeavesUnchangedAndUpdatesTheFollowUpsKeepingTheirNotes() {
        DisputeImport row = row("东调〔2023〕1号", COMMITTEE, List.of(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1)));
        assertThat(service.importDispute(row)).isEqualTo(ImportOutcome.CREATED);
        em.flush();
        DisputeDetail d = service.search(new DisputeFilter(null, 2023, null, null, null, "东调〔2023〕1号"), 0, 5).get(0);
        assertThat(d.origin()).isEqualTo(Origin.IMPORT);
        assertThat(d.agreementDate()).isEqualTo(LocalDate.of(2023, 5, 20));
        assertThat(d.agreementAmount()).isEqualByComparingTo("1200.50");
        assertThat(d.followUps()).extracting(FollowUpDetail::visitDate)
                .containsExactly(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1));
        int audit = auditRows();

        assertThat(service.importDispute(row)).isEqualTo(ImportOutcome.UNCHANGED);
        em.flush();
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(service.get(d.id()).version()).isEqualTo(d.version());

        jdbc.update("UPDATE dispute_follow_up SET notes = '已履行' WHERE dispute_id = ? AND visit_date = ?", d.id(),
                LocalDate.of(2023, 7, 1));
        em.clear();
        DisputeImport changed = row("东调〔2023〕1号", COMMITTEE, List.of(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 8, 1)));
        assertThat(service.importDispute(changed)).isEqualTo(ImportOutcome.UPDATED);
        em.flush();
        em.clear();
        assertThat(service.get(d.id()).followUps()).extracting(FollowUpDetail::visitDate, FollowUpDetail::notes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 7, 1), "已履行"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 8, 1), null));
    }

    @Test
    void importResolvesThePartiesAsPersonsByNameAndKeepsAnOpenDisputeInMediation() {
        DisputeImport open = new DisputeImport(COMMITTEE, "东调〔2023〕2号", MediationKind.PEOPLE, IntakeSource.REFERRED, "物业",
                List.of("戊五", "戊五", "己六"), LocalDate.of(2023, 9, 1), null, null, null, null, List.of(), false, null, false);
        service.importDispute(open);
        em.flush();
        DisputeDetail d = service.search(new DisputeFilter(null, null, null, "物业", null, "东调〔2023〕2号"), 0, 5).get(0);
        assertThat(d.parties()).containsExactly("戊五", "己六");
        assertThat(d.status()).isEqualTo(DisputeStatus.ACCEPTED);
        DisputeDetail inMediation = service.update(d.id(), d.version(), new DisputeForm(d.bodyId(), d.disputeNo(), d.kind(),
                d.source(), d.category(), d.parties(), d.facts(), d.acceptedDate(), null, null, null, null, false, null, false,
                DisputeStatus.IN_MEDIATION));
        em.flush();
        assertThat(service.importDispute(open)).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(service.get(d.id()).status()).isEqualTo(DisputeStatus.IN_MEDIATION);
        assertThat(parties.count("戊五")).isEqualTo(1);
        assertThat(inMediation.version()).isGreaterThan(d.version());
    }

    @Test
    void importNamesTheLedgerColumns() {
        DisputeImport bad = new DisputeImport("NOPE", "", null, null, "", List.of(), null, LocalDate.of(2023, 1, 1),
                DisputeOutcome.TERMINATED, new BigDecimal("5"), LocalDate.of(2023, 1, 2), List.of(), false, null, false);
        assertThatThrownBy(() -> service.importDispute(bad)).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).extracting(RuleViolation::field).containsExactlyInAnyOrder(
                        "调解组织", "编号", "类型", "来源", "纠纷类别", "当事人", "受理日期", "协议金额", "司法确认日期"));
    }

    @Test
    void mediatorsWorkInTheirBodyLeadersReadTheirSubtree() {
        DisputeDetail mine = service.create(form("东调〔2024〕7号", null, null, null, null));
        assertThatThrownBy(() -> service.importDispute(row("桃2023-1", VILLAGE, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.search(new DisputeFilter(id(VILLAGE), null, null, null, null, null), 0, 5))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "centre");
        assertThatThrownBy(() -> service.get(mine.id())).isInstanceOf(AccessDeniedException.class);
        // the centre's list holds the centre's disputes only (it may hold none when this test runs alone)
        assertThat(service.search(DisputeFilter.none(), 0, 100)).extracting(DisputeDetail::bodyCode)
                .doesNotContain(mine.bodyCode()).allSatisfy(code -> assertThat(code).isEqualTo(CENTRE));

        SignIn.as(users, "jd2leader");
        assertThat(service.importDispute(row("桃2023-1", VILLAGE, List.of()))).isEqualTo(ImportOutcome.CREATED);
        assertThat(service.search(DisputeFilter.none(), 0, 100)).extracting(DisputeDetail::bodyCode).containsOnly(VILLAGE);
        assertThatThrownBy(() -> service.get(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(form("x", null, null, null, null))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "leader");
        assertThat(service.get(mine.id()).disputeNo()).isEqualTo("东调〔2024〕7号");
        assertThat(service.count(new DisputeFilter(id("320599"), null, null, null, null, "桃2023-1"))).isEqualTo(1);
        assertThat(service.canEdit()).isFalse();
    }

    int auditRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class);
    }
}
