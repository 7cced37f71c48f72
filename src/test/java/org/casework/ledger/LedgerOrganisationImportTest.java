package org.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.ledger.LedgerTestSupport.csv;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.ledger.read.LedgerWorkbooks;
import org.casework.org.MediationBodyType;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.junit.jupiter.api.AfterEach;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sheets 组织机构 and 调解组织: one unit per code, parents first whatever the row order, all or
 * nothing, idempotent, and a leader only inside the own subtree.
 */
@LedgerSpringTest
class LedgerOrganisationImportTest {

    @Autowired
    LedgerImportService imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrgService orgs;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private LedgerImportResult importZip(String name, Map<String, String> files) throws Exception {
        Path zip = LedgerWorkbooks.zip(dir.resolve(name), files);
        return imports.importFile(zip, name, ImportProgress.NONE);
    }

    @Test
    void unitsInBothSheetsAreOneAndParentsMayComeAfterChildren() throws Exception {
        SignIn.as(users, "admin");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("调解组织.csv", csv("代码,名称,上级代码,类型",
                "A1-TW,甲街道人民调解委员会,A1,乡镇街道调委会",
                "A1-CW,甲街道某村人民调解委员会,A1,村调委会",
                "A-MT,甲区矛调中心,A,矛调中心"));
        files.put("组织机构.csv", csv("类型,代码,名称,上级代码",
                "执法大队,A1-ZF,甲街道执法大队,A1",
                "街道,A1,甲街道办事处,A",
                "调解委员会,A1-TW,甲街道调委会（机构表名称）,A1",
                "其他,A,甲区,"));
        int auditBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class);
        LedgerImportResult result = importZip("orgs.zip", files);

        assertThat(result.errors()).isEmpty();
        // one summary entry in the audit log instead of one per created unit
        assertThat(jdbc.queryForList("SELECT action FROM audit_log ORDER BY id", String.class).subList(auditBefore,
                jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class))).containsExactly("导入台账");
        assertThat(imports.history(0, 1).get(0).outcome()).isEqualTo(LedgerImportEntry.Outcome.SUCCEEDED);
        assertThat(result.imported()).containsExactly(Map.entry("组织机构", 4), Map.entry("调解组织", 3));
        OrgRef district = orgs.requireByCode("A");
        OrgRef street = orgs.requireByCode("A1");
        assertThat(district.parentId()).isNull();
        assertThat(street.parentId()).isEqualTo(district.id());
        assertThat(orgs.requireByCode("A1-ZF").parentId()).isEqualTo(street.id());
        // in both sheets: name and type from 组织机构, body type from 调解组织
        OrgRef committee = orgs.requireByCode("A1-TW");
        assertThat(committee.name()).isEqualTo("甲街道调委会（机构表名称）");
        assertThat(committee.type()).isEqualTo(OrgType.MEDIATION_COMMITTEE);
        assertThat(committee.mediationBodyType()).isEqualTo(MediationBodyType.TOWNSHIP_STREET);
        // only in 调解组织: created under 上级代码 with a fitting type
        assertThat(orgs.requireByCode("A1-CW").type()).isEqualTo(OrgType.MEDIATION_COMMITTEE);
        assertThat(orgs.requireByCode("A1-CW").parentId()).isEqualTo(street.id());
        assertThat(orgs.requireByCode("A-MT").type()).isEqualTo(OrgType.MEDIATION_CENTRE);
        assertThat(orgs.requireByCode("A-MT").mediationBodyType()).isEqualTo(MediationBodyType.CENTRE);

        Map<String, Integer> before = LedgerTestSupport.rowCounts(jdbc);
        LedgerImportResult again = importZip("orgs-again.zip", files);
        assertThat(again.imported()).containsExactly(Map.entry("组织机构", 0), Map.entry("调解组织", 0));
        assertThat(again.updated()).containsExactly(Map.entry("组织机构", 0), Map.entry("调解组织", 0));
        assertThat(again.unchanged()).containsExactly(Map.entry("组织机构", 4), Map.entry("调解组织", 3));
        assertThat(LedgerTestSupport.rowCounts(jdbc)).isEqualTo(before);

        files.put("组织机构.csv", csv("代码,名称,上级代码,类型", "A1,甲街道办事处（更名）,A,街道"));
        files.remove("调解组织.csv");
        LedgerImportResult renamed = importZip("orgs-renamed.zip", files);
        assertThat(renamed.updated()).containsExactly(Map.entry("组织机构", 1));
        assertThat(orgs.requireByCode("A1").name()).isEqualTo("甲街道办事处（更名）");
    }

    @Test
    void anyErrorRejectsTheWholeFileAndEveryBadRowIsNamed() throws Exception {
        SignIn.as(users, "admin");
        Map<String, Integer> before = LedgerTestSupport.rowCounts(jdbc);
        int historyBefore = imports.historyCount();
        LedgerImportResult result = importZip("bad-orgs.zip", Map.of(
                "组织机构.csv", csv("代码,名称,上级代码,类型",
                        "B,乙区,,其他",
                        "B1,乙街道,B,街道",
                        "B2,乙二街道,NOPE,街道",
                        "B3,乙三街道,B,居委会",
                        "B1,乙街道重复,B,街道",
                        "C1,环一,C2,街道",
                        "C2,环二,C1,街道",
                        "B 4,空格代码,B,街道",
                        ",无代码,B,街道")));

        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).extracting(LedgerError::row, LedgerError::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(4, "上级代码"),
                org.assertj.core.groups.Tuple.tuple(5, "类型"),
                org.assertj.core.groups.Tuple.tuple(6, "代码"),
                org.assertj.core.groups.Tuple.tuple(7, "上级代码"),
                org.assertj.core.groups.Tuple.tuple(8, "上级代码"),
                org.assertj.core.groups.Tuple.tuple(9, "代码"),
                org.assertj.core.groups.Tuple.tuple(10, "代码"));
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.sheet()).isEqualTo("组织机构"));
        assertThat(messageAt(result, 4)).contains("NOPE").contains("不存在");
        assertThat(messageAt(result, 5)).contains("居委会").contains("街道、镇、区县部门、执法大队、调解委员会、矛调中心、其他");
        assertThat(messageAt(result, 6)).contains("与第 3 行重复");
        assertThat(result.errors()).extracting(LedgerError::message).anySatisfy(m -> assertThat(m).contains("循环"));
        // nothing written, not even the valid rows; the attempt is in the history
        assertThat(orgs.findByCode("B")).isEmpty();
        assertThat(orgs.findByCode("B1")).isEmpty();
        assertThat(LedgerTestSupport.rowCounts(jdbc)).isEqualTo(before);
        assertThat(imports.historyCount()).isEqualTo(historyBefore + 1);
        LedgerImportEntry last = imports.history(0, 1).get(0);
        assertThat(last.outcome()).isEqualTo(LedgerImportEntry.Outcome.REJECTED);
        assertThat(last.fileName()).isEqualTo("bad-orgs.zip");
        assertThat(last.summary()).contains("共 7 处错误");
    }

    @Test
    void aLeaderImportsOnlyInsideTheOwnSubtree() throws Exception {
        SignIn.as(users, "jd1leader");
        LedgerImportResult result = importZip("leader.zip", Map.of("组织机构.csv", csv("代码,名称,上级代码,类型",
                "320599001-X1,东湖街道某队,320599001,执法大队",
                "D-TOP,新的顶级机构,,其他",
                "320599002-X2,西山街道某队,320599002,执法大队")));
        assertThat(result.errors()).extracting(LedgerError::row).containsExactly(3, 4);
        assertThat(result.errors().get(0).message()).contains("只有系统管理员");
        assertThat(result.errors().get(1).message()).contains("不在您的机构范围内");
        assertThat(orgs.findByCode("320599001-X1")).isEmpty();

        LedgerImportResult ok = importZip("leader-ok.zip", Map.of("组织机构.csv", csv("代码,名称,上级代码,类型",
                "320599001-X1,东湖街道某队,320599001,执法大队")));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.imported()).containsExactly(Map.entry("组织机构", 1));
        assertThat(imports.history(0, 100)).extracting(LedgerImportEntry::importedBy).containsOnly("jd1leader");
    }

    private static String messageAt(LedgerImportResult result, int row) {
        List<LedgerError> errors = result.errors().stream().filter(e -> e.row() == row).toList();
        assertThat(errors).as("row " + row).hasSize(1);
        return errors.get(0).message();
    }
}
