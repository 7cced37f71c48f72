package org.casework.enforcement;

import org.casework.testsupport.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class InspectionServiceTest {


    @Autowired InspectionService inspections;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;

    long jd1;

    @BeforeEach
    void signIn() {
        jd1 = orgs.requireByCode(CaseRow.JD1).id();
        SignIn.as(users, "officer");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anOfficerLogsAndChangesAnInspection() {
        InspectionRef saved = inspections.create(form("JC-A" + unique(), LocalDate.of(2024, 5, 6)));
        assertThat(saved.origin()).isEqualTo(Origin.SCREEN);
        InspectionRef changed = inspections.update(saved.id(), new InspectionForm(jd1, saved.inspectionNo(),
                saved.inspectionDate(), "滨湖餐饮有限公司", "油烟排放", "发现问题已责令整改"));
        assertThat(changed.result()).isEqualTo("发现问题已责令整改");
        assertThat(inspections.search(new InspectionFilter(jd1, 2024, saved.inspectionNo()), 0, 10))
                .extracting(InspectionRef::id).containsExactly(saved.id());
        assertThat(inspections.count(new InspectionFilter(jd1, 2023, saved.inspectionNo()))).isZero();
    }

    @Test
    void requiredFieldsFutureDatesAndDuplicateNumbersAreRefused() {
        BusinessRuleException e = (BusinessRuleException) assertThatThrownBy(() -> inspections.create(
                new InspectionForm(jd1, " ", null, null, null, null))).isInstanceOf(BusinessRuleException.class).actual();
        assertThat(e.violations()).extracting(RuleViolation::field).containsExactlyInAnyOrder("检查编号", "检查日期");

        assertThatThrownBy(() -> inspections.create(form("JC-F" + unique(), LocalDate.now().plusDays(3))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("检查日期不能晚于今天");

        String no = "JC-D" + unique();
        inspections.create(form(no, LocalDate.of(2024, 5, 6)));
        assertThatThrownBy(() -> inspections.create(form(no, LocalDate.of(2024, 5, 7))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("本机构已有检查编号");
    }

    @Test
    void importCreatesUpdatesAndLeavesUnchanged() {
        SignIn.as(users, "leader");
        String no = "JC-I" + unique();
        InspectionImport row = new InspectionImport(CaseRow.JD1, no, LocalDate.of(2023, 6, 1), "沿街商铺", "门前三包");
        assertThat(inspections.importInspection(row)).isEqualTo(ImportOutcome.CREATED);
        assertThat(inspections.importInspection(row)).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(inspections.importInspection(new InspectionImport(CaseRow.JD1, no, LocalDate.of(2023, 6, 2), "沿街商铺", "门前三包")))
                .isEqualTo(ImportOutcome.UPDATED);
        InspectionRef stored = inspections.search(new InspectionFilter(null, 2023, no), 0, 5).get(0);
        assertThat(stored.origin()).isEqualTo(Origin.IMPORT);
        assertThat(stored.inspectionDate()).isEqualTo(LocalDate.of(2023, 6, 2));

        BusinessRuleException e = (BusinessRuleException) assertThatThrownBy(() -> inspections.importInspection(
                new InspectionImport("NOPE", null, null, null, null))).isInstanceOf(BusinessRuleException.class).actual();
        assertThat(e.violations()).containsExactlyInAnyOrder(new RuleViolation("执法主体", "机构代码不存在：NOPE"),
                new RuleViolation("检查编号", "检查编号不能为空"), new RuleViolation("检查日期", "检查日期不能为空"));
    }

    @Test
    void scopeAndRolesAreChecked() {
        InspectionRef jd1Inspection = inspections.create(form("JC-S" + unique(), LocalDate.of(2024, 5, 6)));
        SignIn.as(users, "officer3");
        assertThatThrownBy(() -> inspections.get(jd1Inspection.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inspections.create(form("JC-X" + unique(), LocalDate.of(2024, 5, 6))))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "leader");
        assertThat(inspections.get(jd1Inspection.id()).id()).isEqualTo(jd1Inspection.id());
        assertThat(inspections.mayEdit()).isFalse();
        assertThatThrownBy(() -> inspections.create(form("JC-L" + unique(), LocalDate.of(2024, 5, 6))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private InspectionForm form(String no, LocalDate date) {
        return new InspectionForm(jd1, no, date, "沿街商铺", "门前三包", null);
    }

    /** A number no other test uses (searches match by substring). */
    private static String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
