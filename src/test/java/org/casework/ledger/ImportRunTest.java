package org.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.ledger.LedgerTestSupport.csv;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.RuleViolation;
import org.casework.enforcement.InspectionImport;
import org.casework.enforcement.PenaltyCaseImport;
import org.casework.ledger.read.LedgerFiles;
import org.casework.ledger.read.LedgerWorkbook;
import org.casework.ledger.read.LedgerWorkbooks;
import org.casework.mediation.DisputeImport;
import org.casework.staff.MediatorImport;
import org.casework.staff.OfficerImport;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.casework.petitions.PetitionImport;
import org.casework.remedies.LitigationImport;
import org.casework.remedies.ReconsiderationImport;
import org.casework.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import run without the feature services: sheets in dependency order, every row handed on once,
 * duplicates and refusals reported on their rows, outcomes counted per sheet.
 */
class ImportRunTest {

    @TempDir
    Path dir;

    /** Remembers every row it gets; a record it has seen before is UNCHANGED (or UPDATED when it differs). */
    static final class RecordingTargets implements LedgerTargets {
        final List<String> calls = new ArrayList<>();
        final Map<String, Object> stored = new HashMap<>();

        private ImportOutcome keep(String sheet, String key, Object row) {
            calls.add(sheet + ":" + key);
            Object before = stored.put(sheet + key, row);
            return before == null ? ImportOutcome.CREATED : before.equals(row) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
        }

        @Override
        public ImportOutcome officer(OfficerImport row) {
            return keep("执法人员", row.orgCode() + row.certificateNo() + row.name(), row);
        }

        @Override
        public ImportOutcome mediator(MediatorImport row) {
            return keep("调解员", row.bodyCode() + row.name(), row);
        }

        @Override
        public ImportOutcome inspection(InspectionImport row) {
            if (row.inspectionNo().startsWith("X")) {
                throw new AccessDeniedException("该记录不在您的机构范围内");
            }
            return keep("行政检查", row.orgCode() + row.inspectionNo(), row);
        }

        @Override
        public ImportOutcome penaltyCase(PenaltyCaseImport row) {
            if (row.fineAmount() != null && row.fineAmount().intValue() > 200) {
                throw new BusinessRuleException(List.of(
                        new RuleViolation("罚款金额", "简易程序对自然人的罚款不得超过200元"),
                        new RuleViolation(null, "第二条理由")));
            }
            return keep("处罚案件", row.orgCode() + row.caseNo(), row);
        }

        @Override
        public ImportOutcome reconsideration(ReconsiderationImport row) {
            return keep("复议案件", row.orgCode() + row.caseNo(), row);
        }

        @Override
        public ImportOutcome litigation(LitigationImport row) {
            return keep("诉讼案件", row.orgCode() + row.courtCaseNo(), row);
        }

        @Override
        public ImportOutcome dispute(DisputeImport row) {
            return keep("调解案件", row.bodyCode() + row.disputeNo(), row);
        }

        @Override
        public ImportOutcome petition(PetitionImport row) {
            return keep("信访投诉", row.orgCode() + row.petitionNo(), row);
        }
    }

    private final RecordingTargets targets = new RecordingTargets();

    private LedgerImportResult run(Map<String, String> files) throws Exception {
        OrgService orgs = mock(OrgService.class);
        when(orgs.all()).thenReturn(List.of(
                new OrgRef(1L, "SJD1", "东湖街道", null, OrgType.STREET, null, "/1/", null, true),
                new OrgRef(2L, "STJ1", "东湖调委会", 1L, OrgType.MEDIATION_COMMITTEE, null, "/1/2/", null, true)));
        CurrentUser user = mock(CurrentUser.class);
        when(user.pinnedDuring(any())).thenAnswer(call -> call.<Supplier<?>>getArgument(0).get());
        Path zip = LedgerWorkbooks.zip(dir.resolve("l" + System.nanoTime() + ".zip"), files);
        try (LedgerWorkbook wb = LedgerFiles.open(zip, "ledger.zip")) {
            return new ImportRun(wb, targets, orgs, user, mock(EntityManager.class), ImportProgress.NONE).run();
        }
    }

    @Test
    void sheetsGoInDependencyOrderAndOutcomesAreCountedPerSheet() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("信访投诉.csv", csv("承办单位,编号,渠道,登记日期", "SJD1,XF-1,来访,2020-06-04"));
        files.put("处罚案件.csv", csv("执法主体,案号,程序,当事人类型,当事人,案由,决定日期,决定结果,处罚种类,罚款金额",
                "SJD1,罚1,简易,自然人,张三,占道,2020-03-09,处罚,罚款,50",
                "SJD1,罚2,简易,自然人,李四,占道,2020-03-10,处罚,警告,"));
        files.put("执法人员.csv", csv("执法主体,姓名,执法证号,在岗起", "SJD1,程涛飞,3101100001,2015-04-23", "SJD1,杨海军,,2017-11-18"));
        files.put("调解员.csv", csv("调解组织,姓名,专职,起聘日期", "STJ1,赵娟,是,2016-12-24"));
        LedgerImportResult result = run(files);

        assertThat(result.errors()).isEmpty();
        assertThat(targets.calls).extracting(c -> c.substring(0, c.indexOf(':')))
                .containsExactly("执法人员", "执法人员", "调解员", "处罚案件", "处罚案件", "信访投诉");
        assertThat(result.imported()).containsExactly(Map.entry("执法人员", 2), Map.entry("调解员", 1),
                Map.entry("处罚案件", 2), Map.entry("信访投诉", 1));

        LedgerImportResult again = run(files);
        assertThat(again.imported().values()).containsOnly(0);
        assertThat(again.updated().values()).containsOnly(0);
        assertThat(again.unchanged()).containsExactly(Map.entry("执法人员", 2), Map.entry("调解员", 1),
                Map.entry("处罚案件", 2), Map.entry("信访投诉", 1));
    }

    @Test
    void refusalsDuplicatesAndParseErrorsAreAllReportedOnTheirRows() throws Exception {
        LedgerImportResult result = run(Map.of(
                "处罚案件.csv", csv("执法主体,案号,程序,当事人类型,当事人,案由,罚款金额",
                        "SJD1,罚1,简易,自然人,张三,占道,50",
                        "SJD1,罚2,简易,自然人,李四,占道,500",
                        "SJD1,罚1,简易,自然人,王五,占道,60",
                        "SJD9,罚3,简易,自然人,赵六,占道,70"),
                "行政检查.csv", csv("执法主体,检查编号,检查日期", "SJD1,X-1,2020-01-01", "SJD1,JC-2,2020-13-01"),
                "执法人员.csv", csv("执法主体,姓名,执法证号,在岗起", "SJD1,甲,,2015-01-01", "SJD1,甲,,2016-01-01",
                        "SJD1,乙,001,2015-01-01", "SJD1,丙,001,2016-01-01")));

        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).extracting(e -> e.sheet() + "/" + e.row() + "/" + e.column()).containsExactly(
                "执法人员/3/姓名", "执法人员/5/执法证号",
                "行政检查/2/执法主体", "行政检查/3/检查日期",
                "处罚案件/3/罚款金额", "处罚案件/3/null", "处罚案件/4/案号", "处罚案件/5/执法主体");
        assertThat(result.errors().get(0).message()).contains("与第 2 行重复");
        assertThat(result.errors().get(2).message()).contains("不在您的机构范围内");
        assertThat(result.errors().get(4).message()).contains("200元");
        assertThat(result.errorCount()).isEqualTo(8);
        // a refused or duplicate row is not handed on; the others are (the caller rolls them back)
        assertThat(targets.calls).containsExactly("执法人员:SJD1null甲", "执法人员:SJD1001乙", "处罚案件:SJD1罚1");
    }
}
