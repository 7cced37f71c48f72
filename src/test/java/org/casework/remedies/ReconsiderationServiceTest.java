package org.casework.remedies;

import org.casework.testsupport.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
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
class ReconsiderationServiceTest {

    static final String JD1 = "320599001";
    static final String JD2 = "320599002";

    @Autowired ReconsiderationService service;
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

    long jd1() {
        return orgs.requireByCode(JD1).id();
    }

    ReconsiderationForm form(String no) {
        return new ReconsiderationForm(jd1(), no, "张三", LocalDate.of(2024, 3, 4), null, null, null, false, null,
                "滨湖新区人民政府", null);
    }

    static List<String> messages(BusinessRuleException e) {
        return e.violations().stream().map(v -> v.field() + "：" + v.message()).toList();
    }

    @Test
    void createsACaseWithTheReplyDueTenWorkingDaysAfterReceipt() {
        ReconsiderationDetail d = service.create(form("滨复〔2024〕1号"));
        assertThat(d.replyDueDate()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(d.origin()).isEqualTo(Origin.SCREEN);
        assertThat(d.orgCode()).isEqualTo(JD1);
        assertThat(service.get(d.id())).isEqualTo(d);
    }

    @Test
    void collectsEveryViolationWithItsChineseMessage() {
        ReconsiderationForm bad = new ReconsiderationForm(jd1(), " ", "", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 1), null, true, null, null, null);
        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(messages(e)).containsExactlyInAnyOrder(
                        "复议案号：复议案号不能为空",
                        "申请人：申请人不能为空",
                        "审结日期：审结日期不能早于收案日期",
                        "答复期限：答复期限不能早于收案日期",
                        "复议结果：已审结的复议案件须填写复议结果",
                        "责令重新作出：责令重新作出只能与撤销或部分撤销的复议决定一并作出（《行政复议法》第六十四条）"));
    }

    @Test
    void anOutcomeNeedsAConclusionDateAndTheReceiptDateIsRequired() {
        ReconsiderationForm bad = new ReconsiderationForm(jd1(), "X1", "张三", null, null, null,
                ReconsiderationOutcome.UPHELD, false, null, null, null);
        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(messages(e)).containsExactlyInAnyOrder("收案日期：收案日期不能为空",
                        "审结日期：填写了复议结果的案件须填写审结日期"));
    }

    @Test
    void redoIsAcceptedWithARevocationAndAPartialRevocationIsStoredAsSuch() {
        ReconsiderationForm f = form("滨复〔2024〕2号");
        ReconsiderationDetail d = service.create(new ReconsiderationForm(f.orgId(), f.caseNo(), f.applicant(), f.receivedDate(),
                null, LocalDate.of(2024, 5, 6), ReconsiderationOutcome.PARTIALLY_REVOKED, true, null, null, null));
        assertThat(d.outcome()).isEqualTo(ReconsiderationOutcome.PARTIALLY_REVOKED);
        assertThat(d.redoOrdered()).isTrue();
        assertThatThrownBy(() -> service.update(d.id(), d.version(), new ReconsiderationForm(f.orgId(), f.caseNo(),
                f.applicant(), f.receivedDate(), null, LocalDate.of(2024, 5, 6), ReconsiderationOutcome.CONFIRMED_ILLEGAL,
                true, null, null, null)))
                .isInstanceOf(BusinessRuleException.class).extracting(e -> ((BusinessRuleException) e).field())
                .isEqualTo("责令重新作出");
    }

    @Test
    void aCaseNumberIsUniqueWithinTheOrganisation() {
        service.create(form("滨复〔2024〕3号"));
        assertThatThrownBy(() -> service.create(form("滨复〔2024〕3号")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("本机构已有复议案号为“滨复〔2024〕3号”的案件");
    }

    @Test
    void aStaleVersionIsRefused() {
        ReconsiderationDetail d = service.create(form("滨复〔2024〕4号"));
        assertThatThrownBy(() -> service.update(d.id(), d.version() + 1, form("滨复〔2024〕4号")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("已被他人修改");
    }

    @Test
    void importCreatesThenLeavesAnUnchangedRowAloneThenUpdates() {
        ReconsiderationImport row = new ReconsiderationImport(JD1, "滨复〔2023〕9号", "李四", LocalDate.of(2023, 6, 1),
                LocalDate.of(2023, 7, 20), ReconsiderationOutcome.REVOKED, true, null);
        assertThat(service.importCase(row)).isEqualTo(ImportOutcome.CREATED);
        em.flush();
        ReconsiderationDetail created = service.search(new ReconsiderationFilter(null, 2023, null, "滨复〔2023〕9号"), 0, 10).get(0);
        assertThat(created.origin()).isEqualTo(Origin.IMPORT);
        int auditRows = auditRows();

        assertThat(service.importCase(row)).isEqualTo(ImportOutcome.UNCHANGED);
        em.flush();
        assertThat(auditRows()).isEqualTo(auditRows);
        assertThat(service.get(created.id()).version()).isEqualTo(created.version());

        ReconsiderationImport changed = new ReconsiderationImport(JD1, "滨复〔2023〕9号", "李四", LocalDate.of(2023, 6, 1),
                LocalDate.of(2023, 7, 21), ReconsiderationOutcome.REVOKED, true, null);
        assertThat(service.importCase(changed)).isEqualTo(ImportOutcome.UPDATED);
        em.flush();
        assertThat(service.get(created.id()).concludedDate()).isEqualTo(LocalDate.of(2023, 7, 21));
    }

    @Test
    void importLinksThePenaltyCaseOfTheSameOrganisationByItsNumber() {
        long penaltyCase = insertPenaltyCase(jd1(), "东执罚〔2023〕5号");
        service.importCase(new ReconsiderationImport(JD1, "滨复〔2023〕10号", "王五", LocalDate.of(2023, 6, 1), null, null,
                false, "东执罚〔2023〕5号"));
        service.importCase(new ReconsiderationImport(JD1, "滨复〔2023〕11号", "王五", LocalDate.of(2023, 6, 1), null, null,
                false, "东执罚〔2023〕99号"));
        ReconsiderationDetail linked = one("滨复〔2023〕10号");
        ReconsiderationDetail unlinked = one("滨复〔2023〕11号");
        assertThat(linked.penaltyCaseId()).isEqualTo(penaltyCase);
        assertThat(linked.dataQuality()).isNull();
        assertThat(unlinked.penaltyCaseId()).isNull();
        assertThat(unlinked.dataQuality()).contains("东执罚〔2023〕99号").contains("未找到");
    }

    @Test
    void importNamesTheLedgerColumnsOfEveryProblem() {
        ReconsiderationImport row = new ReconsiderationImport("NOPE", null, null, null, LocalDate.of(2023, 1, 1), null, true, null);
        assertThatThrownBy(() -> service.importCase(row)).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.violations()).extracting(RuleViolation::field)
                        .containsExactlyInAnyOrder("被申请人", "复议案号", "申请人", "收案日期", "复议结果", "责令重新作出"));
    }

    @Test
    void scopeAndRolesAreChecked() {
        long jd2 = orgs.requireByCode(JD2).id();
        assertThatThrownBy(() -> service.importCase(new ReconsiderationImport(JD2, "X", "张三", LocalDate.of(2023, 1, 1),
                null, null, false, null))).isInstanceOf(AccessDeniedException.class);
        ReconsiderationDetail d = service.create(form("滨复〔2024〕5号"));

        SignIn.as(users, "jd2leader");
        assertThatThrownBy(() -> service.get(d.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.search(ReconsiderationFilter.none(), 0, 100)).extracting(ReconsiderationDetail::orgId)
                .allMatch(id -> id == jd2);
        assertThatThrownBy(() -> service.search(new ReconsiderationFilter(jd1(), null, null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "leader");
        assertThat(service.get(d.id()).caseNo()).isEqualTo("滨复〔2024〕5号");

        SignIn.as(users, "mediator");
        assertThatThrownBy(() -> service.get(d.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.canEdit()).isFalse();
    }

    ReconsiderationDetail one(String caseNo) {
        return service.search(new ReconsiderationFilter(null, null, null, caseNo), 0, 10).get(0);
    }

    int auditRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class);
    }

    long insertPenaltyCase(long orgId, String caseNo) {
        jdbc.update("INSERT INTO penalty_case (org_id, case_no, procedure_type, status, party_kind, party_name, cause, created_at) "
                + "VALUES (?, ?, 'GENERAL', 'CLOSED', 'PERSON', '赵六', '占道经营', CURRENT_TIMESTAMP)", orgId, caseNo);
        return jdbc.queryForObject("SELECT id FROM penalty_case WHERE org_id = ? AND case_no = ?", Long.class, orgId, caseNo);
    }
}
