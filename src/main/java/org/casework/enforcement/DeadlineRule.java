package org.casework.enforcement;

import java.time.LocalDate;
import java.util.List;
import org.casework.base.Labelled;
import org.casework.calendar.Computed;
import org.casework.calendar.WorkCalendar;

/**
 * Every period of the penalty procedure: its length, how it is counted and its legal source. Working
 * days never count the start day (《行政处罚法》第八十五条); a period of calendar days or months that
 * ends on a day off ends on the next working day (民事诉讼法 期间规定), except the 90-day decision
 * period, which the yearly figures define as 立案 + 90 days + extensions + paused days.
 */
public enum DeadlineRule implements Labelled {
    LEAD_CHECK("线索核查", 15, Unit.WORKING_DAYS,
            "《市场监督管理行政处罚程序规定》第十八条：自发现线索或者收到材料之日起十五个工作日内核查；经负责人批准可以延长十五个工作日"),
    LIMITATION("追责时效", 2, Unit.YEARS,
            "《行政处罚法》第三十六条：违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，延长至五年"),
    PRESERVATION("先行登记保存处理", 7, Unit.WORKING_DAYS,
            "《行政处罚法》第五十六条：先行登记保存的，应当在七日内及时作出处理决定；逾期未采取措施的，先行登记保存措施自动解除（《市场监督管理行政处罚程序规定》第三十五条）"),
    SEIZURE("查封、扣押期限", 30, Unit.DAYS,
            "《行政强制法》第二十五条：查封、扣押的期限不得超过三十日；情况复杂的，经行政机关负责人批准，可以延长，但延长期限不得超过三十日"),
    LEGAL_REVIEW("法制审核", 10, Unit.WORKING_DAYS,
            "《市场监督管理行政处罚程序规定》第五十五条：审核机构应当自接到审核材料之日起十个工作日内完成审核"),
    CASE_REVIEW("案件审核", 10, Unit.WORKING_DAYS,
            "《市场监督管理行政处罚程序规定》第五十五条：审核机构应当自接到审核材料之日起十个工作日内完成审核"),
    DEFENCE_WINDOW("陈述申辩期限", ProcedureSettings.DEFENCE_DAYS, Unit.WORKING_DAYS,
            "《行政处罚法》第四十五条；《市场监督管理行政处罚程序规定》第五十七条：自告知书送达之日起五个工作日内未行使陈述、申辩权的，视为放弃（期限可按本机关规定设置）"),
    HEARING_REQUEST_WINDOW("听证申请期限", ProcedureSettings.HEARING_REQUEST_DAYS, Unit.WORKING_DAYS,
            "《行政处罚法》第六十四条第一项：当事人要求听证的，应当在行政机关告知后五日内提出"),
    HEARING_NOTICE("听证通知", 7, Unit.WORKING_DAYS,
            "《行政处罚法》第六十四条第二项：行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点"),
    DECISION("作出处理决定", 90, Unit.DAYS,
            "《行政处罚法》第六十条：自立案之日起九十日内作出行政处罚决定；《市场监督管理行政处罚程序规定》第六十四条：经负责人批准可以延长三十日，"
                    + "再延期须经负责人集体讨论决定；中止、听证、公告和检测、检验、检疫、鉴定等时间不计入办案期限"),
    SERVICE("送达处罚决定书", 7, Unit.WORKING_DAYS,
            "《行政处罚法》第六十一条：行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，应当在七日内依照民事诉讼法的有关规定送达"),
    PUBLICATION("公开处罚决定", ProcedureSettings.PUBLICATION_DAYS, Unit.WORKING_DAYS,
            "《行政处罚法》第四十八条；国办发〔2018〕118号：行政处罚决定应当自作出之日起7个工作日内公开（期限可按本机关规定设置）"),
    PUBLICATION_WITHDRAWAL("撤回公开信息", 3, Unit.WORKING_DAYS,
            "《行政处罚法》第四十八条第二款：公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由"),
    PAYMENT("缴纳罚没款", 15, Unit.DAYS,
            "《行政处罚法》第六十七条第三款：当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款"),
    REMINDER_PERIOD("催告期满", 10, Unit.DAYS,
            "《行政强制法》第五十四条：行政机关申请人民法院强制执行前，应当催告当事人履行义务；催告书送达十日后当事人仍未履行义务的，可以申请人民法院强制执行"),
    COURT_APPLICATION("申请人民法院强制执行", 3, Unit.MONTHS,
            "《行政强制法》第五十三条：当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政决定的，行政机关可以自期限届满之日起三个月内申请人民法院强制执行"),
    CLOSING("结案", 15, Unit.WORKING_DAYS,
            "《市场监督管理行政处罚程序规定》第七十七条：办案机构应当在十五个工作日内填写结案审批表，经负责人批准后予以结案"),
    HANDOVER("当场收缴罚款交纳", 2, Unit.WORKING_DAYS,
            "《行政处罚法》第七十一条：执法人员当场收缴的罚款，应当自收缴罚款之日起二日内，交至行政机关"),
    SIMPLE_FILING("简易程序备案", 7, Unit.WORKING_DAYS,
            "《行政处罚法》第五十二条第三款：执法人员当场作出的行政处罚决定，应当报所属行政机关备案；《市场监督管理行政处罚程序规定》第七十条：七个工作日内交至所在部门归档保存"),
    TRANSFER_DECISION("移送审批", 3, Unit.DAYS,
            "《行政执法机关移送涉嫌犯罪案件的规定》第五条：行政执法机关正职负责人或者主持工作的负责人应当自接到报告之日起3日内作出批准移送或者不批准移送的决定"),
    TRANSFER("移送公安机关", 1, Unit.DAYS,
            "《行政执法机关移送涉嫌犯罪案件的规定》第五条：决定批准的，应当在24小时内向同级公安机关移送"),
    RECEIVER_ANSWER("公安机关审查决定", 3, Unit.DAYS,
            "《行政执法机关移送涉嫌犯罪案件的规定》第八条：公安机关应当自接受移送之日起3日内审查，作出立案或者不予立案的决定");

    /** How a period is counted. */
    public enum Unit { WORKING_DAYS, DAYS, MONTHS, YEARS }

    private final String label;
    private final int length;
    private final Unit unit;
    private final String source;

    DeadlineRule(String label, int length, Unit unit, String source) {
        this.label = label;
        this.length = length;
        this.unit = unit;
        this.source = source;
    }

    @Override
    public String label() {
        return label;
    }

    /** The legal length (some are configurable per organisation: see {@link ProcedureSettings}). */
    public int length() {
        return length;
    }

    public Unit unit() {
        return unit;
    }

    /** The article(s) the period comes from, in Chinese, as the screens show it. */
    public String source() {
        return source;
    }

    /** The last day of the period of the legal length from {@code start}. */
    public Computed<LocalDate> dueFrom(WorkCalendar calendar, LocalDate start) {
        return dueFrom(calendar, start, length);
    }

    /** The last day of a period of {@code n} units of this rule from {@code start}. */
    public Computed<LocalDate> dueFrom(WorkCalendar calendar, LocalDate start, int n) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, n);
            case DAYS -> this == DECISION ? new Computed<>(start.plusDays(n), List.of()) : calendar.endOfCalendarPeriod(start, n);
            case MONTHS -> onWorkingDay(calendar, start, start.plusMonths(n));
            case YEARS -> new Computed<>(start.plusYears(n), List.of());
        };
    }

    private static Computed<LocalDate> onWorkingDay(WorkCalendar calendar, LocalDate start, LocalDate end) {
        LocalDate d = end;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return new Computed<>(d, calendar.warningsFor(start, d));
    }
}
