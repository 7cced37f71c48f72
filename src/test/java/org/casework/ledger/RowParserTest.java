package org.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.enforcement.PenaltyCaseImport;
import org.casework.enforcement.PenaltyOutcome;
import org.casework.enforcement.PenaltyType;
import org.casework.enforcement.ProcedureType;
import org.casework.ledger.read.TestRows;
import org.casework.mediation.DisputeImport;
import org.casework.party.PartyKind;
import org.junit.jupiter.api.Test;

class RowParserTest {

    private static final Set<String> KNOWN_ORGS = Set.of("SJD1", "STJ1");

    private static Map<String, String> validCase() {
        Map<String, String> cells = new HashMap<>();
        cells.put("执法主体", "SJD1");
        cells.put("案号", "东街罚〔2020〕1号");
        cells.put("程序", "一般");
        cells.put("当事人类型", "法人");
        cells.put("当事人", "示范区鑫达物业管理有限公司");
        cells.put("案由", "未按规定处置建筑垃圾");
        cells.put("立案日期", "2020/3/2");
        cells.put("决定日期", "2020-04-15");
        cells.put("决定结果", "处罚");
        cells.put("处罚种类", "警告、罚款");
        cells.put("罚款金额", "5000");
        cells.put("需法制审核", "是");
        cells.put("集体讨论日期", "2020-04-01;2020-04-10");
        return cells;
    }

    @Test
    void aValidPenaltyCaseRowBecomesItsImportRecord() {
        RowParser p = new RowParser(TestRows.row(LedgerSheet.PENALTY_CASES, 2, validCase()), KNOWN_ORGS::contains);
        PenaltyCaseImport r = new PenaltyCaseRows().parse(p);
        assertThat(p.errors()).isEmpty();
        assertThat(r.orgCode()).isEqualTo("SJD1");
        assertThat(r.procedure()).isEqualTo(ProcedureType.GENERAL);
        assertThat(r.partyKind()).isEqualTo(PartyKind.LEGAL_PERSON);
        assertThat(r.filedDate()).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(r.outcome()).isEqualTo(PenaltyOutcome.PENALTY);
        assertThat(r.penaltyTypes()).containsExactly(PenaltyType.WARNING, PenaltyType.FINE);
        assertThat(r.fineAmount()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(r.confiscationAmount()).isNull();
        assertThat(r.legalReviewRequired()).isTrue();
        assertThat(r.collectiveDiscussionDates()).containsExactly(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 10));
        assertThat(r.defenceDates()).isEmpty();
        assertThat(r.extensionDays()).isNull();
    }

    @Test
    void everyProblemOfARowIsReportedWithItsColumn() {
        Map<String, String> cells = validCase();
        cells.put("执法主体", "SJD9");
        cells.put("案号", "");
        cells.put("程序", "普通");
        cells.put("罚款金额", "5,000");
        cells.put("决定日期", "2020-02-30");
        cells.put("处罚种类", "罚款、记过");
        cells.put("需法制审核", "Y");
        cells.put("延期天数", "三十");
        RowParser p = new RowParser(TestRows.row(LedgerSheet.PENALTY_CASES, 7, cells), KNOWN_ORGS::contains);
        new PenaltyCaseRows().parse(p);
        assertThat(p.errors()).extracting(LedgerError::column).containsExactlyInAnyOrder(
                "执法主体", "案号", "程序", "罚款金额", "决定日期", "处罚种类", "需法制审核", "延期天数");
        assertThat(p.errors()).allSatisfy(e -> {
            assertThat(e.sheet()).isEqualTo("处罚案件");
            assertThat(e.row()).isEqualTo(7);
        });
        assertThat(message(p, "执法主体")).contains("SJD9").contains("机构代码不存在");
        assertThat(message(p, "案号")).isEqualTo("案号不能为空（必填）");
        assertThat(message(p, "程序")).contains("“普通”不是允许的值，应为：简易、一般");
        assertThat(message(p, "处罚种类")).contains("“记过”").contains("警告").contains("行政拘留");
        assertThat(message(p, "需法制审核")).contains("“是”或“否”");
    }

    @Test
    void emptyYesNoIsNoAndEmptyListsAreEmpty() {
        Map<String, String> cells = validCase();
        cells.remove("需法制审核");
        cells.remove("集体讨论日期");
        RowParser p = new RowParser(TestRows.row(LedgerSheet.PENALTY_CASES, 2, cells), KNOWN_ORGS::contains);
        PenaltyCaseImport r = new PenaltyCaseRows().parse(p);
        assertThat(p.errors()).isEmpty();
        assertThat(r.legalReviewRequired()).isFalse();
        assertThat(r.collectiveDiscussionDates()).isEmpty();
    }

    @Test
    void severalDatesOnlyWhereTheSpecAllowsThem() {
        Map<String, String> cells = validCase();
        cells.put("决定日期", "2020-04-15;2020-04-16");
        RowParser p = new RowParser(TestRows.row(LedgerSheet.PENALTY_CASES, 3, cells), KNOWN_ORGS::contains);
        new PenaltyCaseRows().parse(p);
        assertThat(p.errors()).extracting(LedgerError::column).containsExactly("决定日期");
        assertThat(message(p, "决定日期")).contains("只能填写一个日期");
    }

    @Test
    void workbookNumberCellsAsDatesAndLongNumbers() {
        Map<String, String> cells = validCase();
        cells.put("决定日期", "43982");
        cells.put("证件号码", "310104196905132050");
        RowParser p = new RowParser(TestRows.row(LedgerSheet.PENALTY_CASES, 4, cells,
                Map.of("决定日期", true, "证件号码", true)), KNOWN_ORGS::contains);
        PenaltyCaseImport r = new PenaltyCaseRows().parse(p);
        assertThat(r.decisionDate()).isEqualTo(LocalDate.of(2020, 5, 31));
        assertThat(message(p, "证件号码")).contains("文本格式");
    }

    @Test
    void tooLongTextIsRefused() {
        Map<String, String> cells = validCase();
        cells.put("案由", "违".repeat(501));
        RowParser p = new RowParser(TestRows.row(LedgerSheet.PENALTY_CASES, 5, cells), KNOWN_ORGS::contains);
        new PenaltyCaseRows().parse(p);
        assertThat(message(p, "案由")).contains("最多 500 个字");
    }

    @Test
    void disputePartiesAndCategory() {
        Map<String, String> cells = new HashMap<>(Map.of("调解组织", "STJ1", "编号", "东调〔2020〕1号", "类型", "人民调解",
                "来源", "委托移送", "纠纷类别", "房屋宅基地", "当事人", "罗华轩、陈兰轩;徐建霞", "受理日期", "2020-07-24",
                "结果", "书面协议", "回访日期", "2020-08-25;2020-09-25"));
        RowParser p = new RowParser(TestRows.row(LedgerSheet.DISPUTES, 2, cells), KNOWN_ORGS::contains);
        DisputeImport d = new DisputeRows().parse(p);
        assertThat(p.errors()).isEmpty();
        assertThat(d.parties()).containsExactly("罗华轩", "陈兰轩", "徐建霞");
        assertThat(d.category()).isEqualTo("房屋宅基地");
        assertThat(d.followUpDates()).hasSize(2);
        assertThat(d.riskFlag()).isFalse();

        cells.put("纠纷类别", "宅基地");
        p = new RowParser(TestRows.row(LedgerSheet.DISPUTES, 3, cells), KNOWN_ORGS::contains);
        new DisputeRows().parse(p);
        assertThat(message(p, "纠纷类别")).contains("“宅基地”不是允许的值").contains("婚姻家庭");
    }

    private static String message(RowParser p, String column) {
        List<LedgerError> errors = p.errors().stream().filter(e -> column.equals(e.column())).toList();
        assertThat(errors).as(column).hasSize(1);
        return errors.get(0).message();
    }
}
