package org.casework.enforcement;

import static org.casework.reporting.Figure.Section.ENFORCEMENT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.reporting.Figure;
import org.casework.reporting.FigureSource;
import org.casework.reporting.Listing;
import org.casework.reporting.Period;
import org.casework.reporting.RecordSet;
import org.springframework.stereotype.Component;

/**
 * The enforcement figures of spec/figures.md (行政执法) over officer, inspection, penalty_case and its
 * children. Every definition reads the columns the case service keeps: heaviest_type, penalty_amount,
 * first_defence_date, decision_due_date (立案 + 90 + extension + paused days) and publication_due_date
 * (decision + 7 working days).
 */
@Component
class EnforcementFigures implements FigureSource {

    /** Outcomes that decide a filed case (不予立案 has no 立案). */
    static final String DECIDED = "('PENALTY', 'NO_PENALTY', 'TRANSFER', 'FILING_WITHDRAWN')";
    private static final String FILED_GENERAL = "c.procedure_type = 'GENERAL' AND (c.outcome IS NULL OR c.outcome <> 'NOT_FILED')";

    static final Listing CASE = new Listing("penalty-case", "c.id", "c.case_no", "c.party_name", "c.penalty_amount");
    private static final Listing OFFICER = new Listing("officer", "o.id", "o.certificate_no", "o.name", null);
    private static final Listing INSPECTION = new Listing("inspection", "i.id", "i.inspection_no",
            "COALESCE(i.target, i.item)", null);

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures() {
        RecordSet officers = new RecordSet("officer o", "o.org_id",
                new Period.AtYearEnd("o.on_duty_from < :yearEnd AND (o.off_duty_date IS NULL OR o.off_duty_date >= :yearEnd)",
                        "o.on_duty_from"), null, OFFICER);
        RecordSet certified = officers.and("o.certificate_no IS NOT NULL AND o.certificate_no <> ''"
                + " AND o.certificate_valid_until >= :yearLast");
        RecordSet inspections = new RecordSet("inspection i", "i.org_id", new Period.InYear("i.inspection_date"), null, INSPECTION);

        RecordSet filed = cases("c.filed_date").and(FILED_GENERAL);
        RecordSet byDecision = cases("c.decision_date");
        RecordSet notFiled = byDecision.and("c.outcome = 'NOT_FILED'");
        RecordSet open = new RecordSet("penalty_case c", "c.org_id", new Period.AtYearEnd(FILED_GENERAL
                + " AND c.filed_date < :yearEnd AND (c.closed_date IS NULL OR c.closed_date >= :yearEnd)", "c.filed_date"),
                null, CASE);
        RecordSet overdue = byDecision.and("c.procedure_type = 'GENERAL' AND c.filed_date IS NOT NULL AND c.outcome IN " + DECIDED
                + " AND c.decision_date > c.decision_due_date");
        RecordSet decisions = byDecision.and("c.outcome = 'PENALTY'");
        RecordSet noPenalty = byDecision.and("c.outcome = 'NO_PENALTY'");
        RecordSet reviewRequired = byDecision.and("c.legal_review_required = TRUE AND c.outcome IN " + DECIDED);
        RecordSet reviewedInTime = reviewRequired.and("c.legal_review_date IS NOT NULL AND c.legal_review_date <= c.decision_date");
        RecordSet mustPublish = decisions.and("c.procedure_type = 'GENERAL'");
        RecordSet publishedInTime = mustPublish.and("c.publication_date IS NOT NULL AND c.publication_date <= c.publication_due_date");
        RecordSet payments = new RecordSet("penalty_payment p JOIN penalty_case c ON c.id = p.case_id", "c.org_id",
                new Period.InYear("p.paid_date"), null, CASE);
        RecordSet discussions = new RecordSet("collective_discussion d JOIN penalty_case c ON c.id = d.case_id", "c.org_id",
                new Period.InYear("d.meeting_date"), "NOT EXISTS (SELECT 1 FROM collective_discussion d2"
                + " WHERE d2.case_id = d.case_id AND d2.meeting_date = d.meeting_date AND d2.id < d.id)", CASE);
        RecordSet transfers = cases("c.transfer_date");
        RecordSet measures = new RecordSet("coercive_measure m JOIN penalty_case c ON c.id = m.case_id", "c.org_id",
                new Period.InYear("m.decided_date"), null, CASE);

        Figure.Count decisionCount = Figure.count("penalty.decisions", "行政处罚决定", "件", ENFORCEMENT,
                "按决定日期计入本年的处罚决定（决定结果为处罚）；其后被复议或诉讼撤销的，仍计入作出决定的年度", decisions);
        Figure.Sum amount = Figure.sum("penalty.amount", "罚没金额", Figure.YUAN, ENFORCEMENT,
                "本年处罚决定的罚款金额与没收违法所得、非法财物的估值之和（未估值的没收计0），按决定日期", decisions, "c.penalty_amount");
        Figure.Count criminal = Figure.count("transfer.criminal", "移送司法机关", "件", ENFORCEMENT,
                "作为涉嫌犯罪移送司法机关的案件（两法衔接），按移送日期", transfers.and("c.transfer_type = 'CRIMINAL'"));

        return List.of(
                Figure.count("enforcement.officers", "执法人员数", "人", ENFORCEMENT,
                        "本年12月31日在岗的执法人员（在岗起日期不晚于12月31日，且无离岗日期或离岗日期晚于12月31日）", officers),
                Figure.count("enforcement.officers.certified", "持证人员数", "人", ENFORCEMENT,
                        "上述执法人员中，有执法证号且证件有效期至12月31日或以后的", certified),
                Figure.rate("enforcement.officers.certifiedRate", "持证率", ENFORCEMENT,
                        "持证人员数 ÷ 执法人员数（12月31日）", certified, officers),
                Figure.count("enforcement.inspections", "行政检查", "次", ENFORCEMENT, "按检查日期计入本年的行政检查", inspections),
                Figure.count("enforcement.cases.filed", "立案", "件", ENFORCEMENT, "一般程序案件，按立案日期", filed),
                Figure.count("enforcement.cases.notFiled", "不予立案", "件", ENFORCEMENT, "决定不予立案的线索，按决定日期", notFiled),
                Figure.count("enforcement.cases.closed", "结案", "件", ENFORCEMENT, "结案的案件（任何结案方式、任何程序），按结案日期",
                        cases("c.closed_date")),
                Figure.count("enforcement.cases.open", "在办", "件", ENFORCEMENT,
                        "12月31日已立案、未结案的一般程序案件（不论立案年度）", open),
                Figure.count("enforcement.cases.overdue", "超期", "件", ENFORCEMENT,
                        "决定日期晚于办案期限（立案之日起90日，加批准延长及中止、听证等不计入期限的天数）的一般程序案件，按决定日期", overdue),
                decisionCount,
                Figure.split(decisionCount, "byProcedure", "程序", "c.procedure_type", procedures()),
                Figure.split(decisionCount, "byType", "最重处罚种类", "COALESCE(c.heaviest_type, 'OTHER')", penaltyTypes()),
                amount,
                Figure.split(amount, "byProcedure", "程序", "c.procedure_type", procedures()),
                Figure.sum("penalty.amountCollected", "实收罚没款", Figure.YUAN, ENFORCEMENT,
                        "实际缴纳的罚没款（不含加处罚款），按缴款日期", payments.and("p.amount <> 0"), "p.amount"),
                Figure.sum("penalty.surchargeCollected", "实收加处罚款", Figure.YUAN, ENFORCEMENT,
                        "实际缴纳的加处罚款，按缴款日期", payments.and("p.surcharge_amount <> 0"), "p.surcharge_amount"),
                Figure.count("penalty.noPenalty", "不予处罚", "件", ENFORCEMENT, "决定不予处罚的案件，按决定日期", noPenalty),
                Figure.count("penalty.noPenalty.firstOffence", "其中首违不罚", "件", ENFORCEMENT,
                        "不予处罚案件中理由为首违不罚的，按决定日期", noPenalty.and("c.no_penalty_reason = 'FIRST_OFFENCE'")),
                Figure.count("legalReview.completed", "法制审核", "件", ENFORCEMENT, "完成法制审核的案件，按审核完成日期",
                        cases("c.legal_review_date")),
                Figure.rate("legalReview.rate", "重大执法决定法制审核率", ENFORCEMENT,
                        "决定日期当日或之前完成法制审核的需审核决定 ÷ 本年作出的需法制审核的决定（行政处罚法第五十八条）",
                        reviewedInTime, reviewRequired),
                Figure.count("collectiveDiscussion.sessions", "集体讨论(评议)", "件次", ENFORCEMENT,
                        "每案每次会议计一件次，按会议日期", discussions),
                Figure.count("defence.cases", "陈述申辩", "起", ENFORCEMENT, "首次陈述申辩在本年收到的案件，按首次陈述申辩日期",
                        cases("c.first_defence_date")),
                Figure.count("hearing.requested", "听证申请", "件", ENFORCEMENT, "当事人申请听证的案件，按申请日期",
                        cases("c.hearing_request_date")),
                Figure.count("hearing.held", "听证会", "场", ENFORCEMENT, "举行听证的案件，按听证日期", cases("c.hearing_date")),
                Figure.count("publication.penalties", "主动公开处罚信息", "件", ENFORCEMENT, "公开的处罚决定，按公开日期",
                        cases("c.publication_date").and("c.outcome = 'PENALTY'")),
                Figure.rate("publication.onTimeRate", "按时公开率", ENFORCEMENT,
                        "决定之日起7个工作日内（决定当日不计，节假日和调休按工作日历）公开的一般程序处罚决定 ÷ 本年一般程序处罚决定",
                        publishedInTime, mustPublish),
                criminal,
                Figure.split(criminal, "byReceiver", "接收机关", "c.transfer_organ", Map.of()),
                Figure.count("transfer.administrative", "移送其他行政机关", "件", ENFORCEMENT, "移送其他行政机关的案件，按移送日期",
                        transfers.and("c.transfer_type = 'ADMINISTRATIVE'")),
                Figure.count("coercion.measures", "行政强制措施", "件", ENFORCEMENT, "决定的查封、扣押、冻结等行政强制措施，按决定日期",
                        measures),
                Figure.count("coercion.courtApplications", "申请法院强制执行", "件", ENFORCEMENT, "向法院申请强制执行的案件，按申请日期",
                        cases("c.court_application_date")));
    }

    private static RecordSet cases(String dateColumn) {
        return new RecordSet("penalty_case c", "c.org_id", new Period.InYear(dateColumn), null, CASE);
    }

    private static Map<String, String> procedures() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(ProcedureType.SIMPLE.name(), "简易程序");
        codes.put(ProcedureType.GENERAL.name(), "一般（普通）程序");
        return codes;
    }

    private static Map<String, String> penaltyTypes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (PenaltyType type : PenaltyType.values()) {
            codes.put(type.name(), type == PenaltyType.CONFISCATION ? "没收违法所得、非法财物" : type.label());
        }
        return codes;
    }
}
