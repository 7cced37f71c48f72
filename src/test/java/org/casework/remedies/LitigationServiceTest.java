package org.casework.remedies;

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
class LitigationServiceTest {

    static final String JD1 = "320599001";
    static final LocalDate RECEIVED = LocalDate.of(2024, 4, 1);

    @Autowired LitigationService service;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManager em;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "head");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    LitigationForm form(String no, LocalDate hearing, boolean appeared, String name, HeadRole role, LocalDate concluded,
                        LitigationResult result) {
        return new LitigationForm(orgs.requireByCode(JD1).id(), no, InstanceLevel.FIRST, "某某公司", "滨湖区人民法院", RECEIVED,
                hearing, appeared, name, role, concluded, result, null);
    }

    @Test
    void aHeadsAppearanceIsRecordedWithNameAndRole() {
        LitigationDetail d = service.create(form("(2024)苏0599行初1号", LocalDate.of(2024, 5, 10), true, "刘洋",
                HeadRole.PRINCIPAL, LocalDate.of(2024, 6, 1), LitigationResult.CLAIM_REJECTED));
        assertThat(d.headAppearance()).isTrue();
        assertThat(d.dataQuality()).isNull();
        assertThat(service.get(d.id())).isEqualTo(d);
    }

    @Test
    void otherStaffMarkedAsHeadIsAcceptedButIsNotAHeadsAppearance() {
        LitigationDetail d = service.create(form("(2024)苏0599行初2号", LocalDate.of(2024, 5, 10), true, "小李",
                HeadRole.OTHER_STAFF, null, null));
        assertThat(d.headAppeared()).isTrue();
        assertThat(d.headRole()).isEqualTo(HeadRole.OTHER_STAFF);
        assertThat(d.headAppearance()).isFalse();
        assertThat(d.dataQuality()).isEqualTo(LitigationService.OTHER_STAFF_NOTE);
    }

    @Test
    void collectsEveryViolationOfAnAppearanceAndAJudgment() {
        LitigationForm bad = new LitigationForm(orgs.requireByCode(JD1).id(), "", null, "", null, RECEIVED,
                null, true, null, null, RECEIVED.minusDays(1), null, null);
        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).containsExactlyInAnyOrder(
                        new RuleViolation("法院案号", "法院案号不能为空"),
                        new RuleViolation("审级", "请选择审级（一审、二审、再审）"),
                        new RuleViolation("原告", "原告不能为空"),
                        new RuleViolation("审结日期", "审结日期不能早于收到起诉状日期"),
                        new RuleViolation("出庭负责人", "负责人出庭的，须填写出庭负责人姓名"),
                        new RuleViolation("出庭负责人职务", "负责人出庭的，须填写出庭负责人职务"),
                        new RuleViolation("开庭日期", "负责人出庭的，须填写开庭日期"),
                        new RuleViolation("裁判结果", "已审结的案件须填写裁判结果")));
    }

    @Test
    void datesFollowEachOtherAndAResultNeedsAConclusion() {
        assertThatThrownBy(() -> service.create(form("A1", RECEIVED.minusDays(1), false, null, null, null,
                LitigationResult.REVOKED))).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).containsExactlyInAnyOrder(
                        new RuleViolation("开庭日期", "开庭日期不能早于收到起诉状日期"),
                        new RuleViolation("审结日期", "填写了裁判结果的案件须填写审结日期")));
        assertThatThrownBy(() -> service.create(form("A2", LocalDate.of(2024, 5, 10), false, null, null,
                LocalDate.of(2024, 5, 9), LitigationResult.REVOKED)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("审结日期不能早于开庭日期");
    }

    @Test
    void theAppearanceFlagAgreesWithTheRole() {
        assertThatThrownBy(() -> service.create(form("A3", LocalDate.of(2024, 5, 10), false, "刘洋", HeadRole.DEPUTY, null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("出庭人员职务为“副职负责人”，负责人出庭应填“是”");
        assertThatThrownBy(() -> service.create(form("A4", LocalDate.of(2024, 5, 10), false, "小李", null, null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("填写了出庭人员的，须填写其职务");
        assertThat(service.create(form("A5", LocalDate.of(2024, 5, 10), false, "小李", HeadRole.OTHER_STAFF, null, null))
                .headAppearance()).isFalse();
    }

    @Test
    void appealResultsBelongToAppealsAndRetrials() {
        assertThatThrownBy(() -> service.create(form("A6", null, false, null, null, LocalDate.of(2024, 6, 1),
                LitigationResult.APPEAL_DISMISSED))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("驳回上诉、发回重审只适用于二审或再审");
    }

    @Test
    void importCreatesLeavesUnchangedAndUpdatesKeepingTheCourtEnteredOnScreen() {
        LitigationImport row = new LitigationImport(JD1, "(2023)苏0599行初7号", InstanceLevel.FIRST, "赵六",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 2), true, "孙丽", HeadRole.IN_CHARGE,
                LocalDate.of(2023, 5, 1), LitigationResult.CLAIM_REJECTED);
        assertThat(service.importInstance(row)).isEqualTo(ImportOutcome.CREATED);
        em.flush();
        LitigationDetail created = service.search(new LitigationFilter(null, 2023, null, null, "行初7号"), 0, 5).get(0);
        assertThat(created.origin()).isEqualTo(Origin.IMPORT);
        assertThat(created.headAppearance()).isTrue();
        LitigationForm f = created.form();
        LitigationDetail edited = service.update(created.id(), created.version(), new LitigationForm(f.orgId(), f.courtCaseNo(),
                f.level(), f.plaintiff(), "滨湖区人民法院", f.receivedDate(), f.hearingDate(), f.headAppeared(), f.headName(),
                f.headRole(), f.concludedDate(), f.result(), "庭审记录已归档"));
        em.flush();
        int audit = auditRows();
        assertThat(service.importInstance(row)).isEqualTo(ImportOutcome.UNCHANGED);
        em.flush();
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(service.get(created.id()).version()).isEqualTo(edited.version());

        assertThat(service.importInstance(new LitigationImport(JD1, "(2023)苏0599行初7号", InstanceLevel.FIRST, "赵六",
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 2), true, "孙丽", HeadRole.IN_CHARGE,
                LocalDate.of(2023, 5, 1), LitigationResult.REVOKED))).isEqualTo(ImportOutcome.UPDATED);
        LitigationDetail updated = service.get(created.id());
        assertThat(updated.result()).isEqualTo(LitigationResult.REVOKED);
        assertThat(updated.courtName()).isEqualTo("滨湖区人民法院");
        assertThat(updated.notes()).isEqualTo("庭审记录已归档");
    }

    @Test
    void importNamesTheLedgerColumnsAndChecksTheScope() {
        assertThatThrownBy(() -> service.importInstance(new LitigationImport("NOPE", "X", null, null, null, null, false, null,
                null, null, null))).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).extracting(RuleViolation::field)
                        .containsExactlyInAnyOrder("被告", "审级", "原告", "收到起诉状日期"));
        assertThatThrownBy(() -> service.importInstance(new LitigationImport("320599002", "X", InstanceLevel.FIRST, "甲",
                RECEIVED, null, false, null, null, null, null))).isInstanceOf(AccessDeniedException.class);

        LitigationDetail d = service.create(form("A7", null, false, null, null, null, null));
        SignIn.as(users, "jd2leader");
        assertThatThrownBy(() -> service.get(d.id())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "clerk");
        assertThatThrownBy(() -> service.count(LitigationFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    int auditRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class);
    }
}
