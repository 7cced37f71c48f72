package org.casework.ledger;

import static org.casework.ledger.LedgerColumn.amount;
import static org.casework.ledger.LedgerColumn.choice;
import static org.casework.ledger.LedgerColumn.choices;
import static org.casework.ledger.LedgerColumn.code;
import static org.casework.ledger.LedgerColumn.date;
import static org.casework.ledger.LedgerColumn.dates;
import static org.casework.ledger.LedgerColumn.integer;
import static org.casework.ledger.LedgerColumn.names;
import static org.casework.ledger.LedgerColumn.org;
import static org.casework.ledger.LedgerColumn.text;
import static org.casework.ledger.LedgerColumn.yesNo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casework.base.Labelled;
import org.casework.enforcement.NoPenaltyReason;
import org.casework.enforcement.PenaltyOutcome;
import org.casework.enforcement.PenaltyType;
import org.casework.enforcement.ProcedureType;
import org.casework.enforcement.TransferType;
import org.casework.mediation.DisputeCategories;
import org.casework.mediation.DisputeOutcome;
import org.casework.mediation.IntakeSource;
import org.casework.mediation.MediationKind;
import org.casework.org.MediationBodyType;
import org.casework.party.PartyKind;
import org.casework.petitions.Rating;
import org.casework.remedies.HeadRole;
import org.casework.remedies.InstanceLevel;
import org.casework.remedies.LitigationResult;
import org.casework.remedies.ReconsiderationOutcome;

/**
 * The sheets of a ledger (spec/ledger-import.md) with their columns; declared in import order, so
 * that every sheet comes after the sheets its codes refer to, whatever the order in the workbook.
 */
public enum LedgerSheet {

    ORGANISATIONS("组织机构",
            code("代码").req(), text("名称", 200).req(), code("上级代码"),
            choice("类型", List.of("街道", "镇", "区县部门", "执法大队", "调解委员会", "矛调中心", "其他")).req()),

    MEDIATION_BODIES("调解组织",
            code("代码").req(), text("名称", 200).req(), code("上级代码"),
            choice("类型", Arrays.stream(MediationBodyType.values()).map(MediationBodyType::label).toList()).req()),

    OFFICERS("执法人员",
            org("执法主体").req(), text("姓名", 100).req(), text("执法证号", 64), date("证件有效期至"),
            date("在岗起").req(), date("离岗日期"), yesNo("法律职业资格")),

    MEDIATORS("调解员",
            org("调解组织").req(), text("姓名", 100).req(), yesNo("专职"), date("起聘日期").req(), date("解聘日期")),

    INSPECTIONS("行政检查",
            org("执法主体").req(), text("检查编号", 100).req(), date("检查日期").req(), text("检查对象", 200),
            text("检查事项", 200)),

    PENALTY_CASES("处罚案件",
            org("执法主体").req(), text("案号", 100).req(), choice("程序", labels(ProcedureType.class)).req(),
            choice("当事人类型", labels(PartyKind.class)).req(), text("当事人", 200).req(), text("证件号码", 64),
            text("案由", 500).req(), date("立案日期"), integer("延期天数"), date("决定日期"),
            choice("决定结果", labels(PenaltyOutcome.class)), choice("不予处罚理由", labels(NoPenaltyReason.class)),
            choices("处罚种类", labels(PenaltyType.class)), amount("罚款金额"), amount("没收金额"), yesNo("需法制审核"),
            date("法制审核完成日期"), dates("集体讨论日期"), dates("陈述申辩日期"), date("听证申请日期"), date("听证日期"),
            date("送达日期"), date("公开日期"), choice("移送类型", labels(TransferType.class)), text("移送机关", 100),
            date("移送日期"), date("缴款日期"), amount("实缴金额"), amount("加处罚款"), date("结案日期")),

    RECONSIDERATIONS("复议案件",
            org("被申请人").req(), text("复议案号", 100).req(), text("申请人", 200).req(), date("收案日期").req(),
            date("审结日期"), choice("复议结果", labels(ReconsiderationOutcome.class)), yesNo("责令重新作出"),
            text("原处罚案号", 100)),

    LITIGATIONS("诉讼案件",
            org("被告").req(), text("法院案号", 100).req(), choice("审级", labels(InstanceLevel.class)).req(),
            text("原告", 200).req(), date("收到起诉状日期").req(), date("开庭日期"), yesNo("负责人出庭"),
            text("出庭负责人", 100), choice("出庭负责人职务", labels(HeadRole.class)), date("审结日期"),
            choice("裁判结果", labels(LitigationResult.class))),

    DISPUTES("调解案件",
            org("调解组织").req(), text("编号", 100).req(), choice("类型", labels(MediationKind.class)).req(),
            choice("来源", labels(IntakeSource.class)).req(),
            choice("纠纷类别", DisputeCategories.ALL).req(),
            names("当事人", 500).req(), date("受理日期").req(), date("办结日期"),
            choice("结果", labels(DisputeOutcome.class)), amount("协议金额"), date("司法确认日期"), dates("回访日期"),
            yesNo("风险预警"), integer("涉及人数"), yesNo("已升级")),

    PETITIONS("信访投诉",
            org("承办单位").req(), text("编号", 100).req(), text("渠道", 32).req(), date("登记日期").req(),
            date("办理期限"), date("办结日期"), choice("评价", labels(Rating.class)), yesNo("积案"), yesNo("已化解"));

    private final String title;
    private final List<LedgerColumn> columns;
    private final Map<String, Integer> indexByHeader = new HashMap<>();

    LedgerSheet(String title, LedgerColumn... columns) {
        this.title = title;
        this.columns = List.of(columns);
        for (int i = 0; i < columns.length; i++) {
            indexByHeader.put(columns[i].header(), i);
        }
    }

    /** The sheet's Chinese name, as in the workbook and the CSV file name. */
    public String title() {
        return title;
    }

    public List<LedgerColumn> columns() {
        return columns;
    }

    public Optional<LedgerColumn> column(String header) {
        Integer i = indexByHeader.get(header);
        return i == null ? Optional.empty() : Optional.of(columns.get(i));
    }

    /** The position of a column in {@link #columns()}; a header the sheet does not have is a programming error. */
    public LedgerColumn requireColumn(String header) {
        return columns.get(indexOf(header));
    }

    public int indexOf(String header) {
        Integer i = indexByHeader.get(header);
        if (i == null) {
            throw new IllegalArgumentException(title + " has no column " + header);
        }
        return i;
    }

    public static Optional<LedgerSheet> byTitle(String title) {
        return Arrays.stream(values()).filter(s -> s.title.equals(title)).findFirst();
    }

    /** “组织机构、调解组织、…”, for messages. */
    public static String titles() {
        return String.join("、", Arrays.stream(values()).map(LedgerSheet::title).toList());
    }

    private static <E extends Enum<E> & Labelled> List<String> labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList();
    }
}
