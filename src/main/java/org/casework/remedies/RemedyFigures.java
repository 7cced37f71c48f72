package org.casework.remedies;

import static org.casework.reporting.Figure.Section.REMEDIES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.reporting.Figure;
import org.casework.reporting.FigureSource;
import org.casework.reporting.Labels;
import org.casework.reporting.Listing;
import org.casework.reporting.Period;
import org.casework.reporting.RecordSet;
import org.springframework.stereotype.Component;

/**
 * The reconsideration and litigation figures of spec/figures.md (the organisation as respondent or
 * defendant), over reconsideration_case and litigation_instance. 部分撤销 (PARTIALLY_REVOKED) counts as
 * 撤销 (REVOKED) in the split by outcome and in the correction rates.
 */
@Component
class RemedyFigures implements FigureSource {

    private static final Listing RECONSIDERATION = new Listing("reconsideration", "r.id", "r.case_no", "r.applicant_name", null);
    private static final Listing LITIGATION = new Listing("litigation", "l.id", "l.court_case_no", "l.plaintiff_name", null);

    private static final String CORRECTED = "('VARIED', 'REVOKED', 'PARTIALLY_REVOKED', 'CONFIRMED_ILLEGAL', 'CONFIRMED_VOID', 'ORDERED_TO_PERFORM')";
    private static final String DECIDED_ON_MERITS = "('UPHELD', 'CLAIM_REJECTED', 'VARIED', 'REVOKED', 'PARTIALLY_REVOKED',"
            + " 'CONFIRMED_ILLEGAL', 'CONFIRMED_VOID', 'ORDERED_TO_PERFORM')";
    private static final String HEADS = "('PRINCIPAL', 'DEPUTY', 'IN_CHARGE')";
    private static final String LOST = "('REVOKED', 'VARIED', 'CONFIRMED_ILLEGAL', 'CONFIRMED_VOID', 'ORDERED_TO_PERFORM', 'ORDERED_TO_PAY')";

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Figure> figures() {
        RecordSet received = reconsiderations("r.received_date");
        RecordSet concluded = reconsiderations("r.concluded_date");
        RecordSet corrected = concluded.and("r.outcome IN " + CORRECTED);

        RecordSet instances = litigations("l.received_date");
        RecordSet hearings = litigations("l.hearing_date");
        RecordSet headAppearances = hearings.and("l.head_appeared = TRUE AND l.head_role IN " + HEADS);
        RecordSet judged = litigations("l.concluded_date").and("l.result IS NOT NULL");
        RecordSet lost = judged.and("l.result IN " + LOST);

        Figure.Count concludedCount = Figure.count("reconsideration.concluded", "行政复议审结", "件", REMEDIES,
                "审结的复议案件（任何结案方式），按审结日期", concluded);
        Figure.Count instanceCount = Figure.count("litigation.instances", "行政应诉", "件", REMEDIES,
                "本机关为被告的诉讼审级（上诉案件每一审级计一件），按收到起诉状（上诉状）日期", instances);
        return List.of(
                Figure.count("reconsideration.received", "行政复议收案", "件", REMEDIES, "本机关为被申请人的复议申请，按收案日期", received),
                concludedCount,
                Figure.split(concludedCount, "byOutcome", "复议结果", "CASE WHEN r.outcome = 'PARTIALLY_REVOKED' THEN 'REVOKED' ELSE r.outcome END",
                        outcomes()),
                Figure.count("reconsideration.redoOrdered", "其中责令重新作出", "件", REMEDIES,
                        "撤销（含部分撤销）并责令重新作出行政行为的，按审结日期",
                        concluded.and("r.outcome IN ('REVOKED', 'PARTIALLY_REVOKED') AND r.redo_ordered = TRUE")),
                Figure.count("reconsideration.pending", "待办(未结)", "件", REMEDIES,
                        "本年收案、至12月31日尚未审结的复议案件",
                        received.and("r.concluded_date IS NULL OR r.concluded_date >= :yearEnd")),
                Figure.rate("reconsideration.correctionRate", "纠错率", REMEDIES,
                        "（变更＋撤销＋确认违法＋确认无效＋责令履行）÷ 本年以复议决定审结的案件（维持、驳回复议请求及上述五类）",
                        corrected, concluded.and("r.outcome IN " + DECIDED_ON_MERITS)),
                Figure.rate("reconsideration.correctionRateAllConcluded", "纠错率（口径二）", REMEDIES,
                        "（变更＋撤销＋确认违法＋确认无效＋责令履行）÷ 本年审结的全部复议案件", corrected, concluded),
                instanceCount,
                Figure.split(instanceCount, "byInstance", "审级", "l.instance_level", Labels.of(InstanceLevel.class)),
                Figure.count("litigation.hearings", "开庭审理", "件", REMEDIES, "开庭审理的审级，按开庭日期", hearings),
                Figure.count("litigation.headAppearances", "负责人出庭", "件", REMEDIES,
                        "开庭时主要负责人、副职负责人或分管负责人出庭的审级（其他工作人员出庭不计），按开庭日期", headAppearances),
                Figure.rate("litigation.headAppearanceRate", "负责人出庭应诉率", REMEDIES,
                        "负责人出庭的开庭审次 ÷ 本年开庭审次", headAppearances, hearings),
                Figure.count("litigation.concluded", "行政应诉审结", "件", REMEDIES, "以判决或裁定审结的审级，按审结日期", judged),
                Figure.count("litigation.lost", "败诉", "件", REMEDIES,
                        "判决撤销、变更、确认违法、确认无效、责令履行或判决给付的审级，按审结日期", lost),
                Figure.rate("litigation.lossRate", "败诉率", REMEDIES, "败诉审级 ÷ 本年审结审级", lost, judged));
    }

    private static RecordSet reconsiderations(String dateColumn) {
        return new RecordSet("reconsideration_case r", "r.org_id", new Period.InYear(dateColumn), null, RECONSIDERATION);
    }

    private static RecordSet litigations(String dateColumn) {
        return new RecordSet("litigation_instance l", "l.org_id", new Period.InYear(dateColumn), null, LITIGATION);
    }

    private static Map<String, String> outcomes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ReconsiderationOutcome o : ReconsiderationOutcome.values()) {
            if (o == ReconsiderationOutcome.REVOKED) {
                codes.put(o.name(), "撤销（含部分撤销）");
            } else if (o != ReconsiderationOutcome.PARTIALLY_REVOKED) {
                codes.put(o.name(), o.label());
            }
        }
        return codes;
    }

}
