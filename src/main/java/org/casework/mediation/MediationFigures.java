package org.casework.mediation;

import static org.casework.reporting.Figure.Section.MEDIATION;

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
 * The mediation figures of spec/figures.md over org_unit (the bodies), mediator, dispute and
 * dispute_follow_up. The split by kind uses the dispute's own kind, not its body's type; an agreement
 * (written or oral) counts by its agreement date, which the dispute service sets to the closing date.
 */
@Component
class MediationFigures implements FigureSource {

    private static final Listing BODY = new Listing("org", "b.id", "b.code", "b.name", null);
    private static final Listing MEDIATOR = new Listing("mediator", "m.id", "m.name",
            "CASE WHEN m.full_time = TRUE THEN '专职调解员' ELSE '兼职调解员' END", null);
    private static final Listing DISPUTE = new Listing("dispute", "d.id", "d.dispute_no", "d.parties_text", "d.agreement_amount");
    private static final String AGREEMENT = "d.outcome IN ('WRITTEN', 'ORAL')";

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Figure> figures() {
        RecordSet bodies = new RecordSet("org_unit b", "b.id", new Period.AtYearEnd("b.active = TRUE AND (b.mediation_body_type IS NOT NULL"
                + " OR b.org_type IN ('MEDIATION_COMMITTEE', 'MEDIATION_CENTRE'))", "CAST(NULL AS DATE)"), null, BODY);
        RecordSet mediators = new RecordSet("mediator m", "m.org_id", new Period.AtYearEnd("m.appointed_date < :yearEnd"
                + " AND (m.dismissed_date IS NULL OR m.dismissed_date >= :yearEnd)", "m.appointed_date"), null, MEDIATOR);
        RecordSet received = disputes("d.accepted_date");
        RecordSet concluded = disputes("d.closed_date");
        RecordSet succeeded = concluded.and(AGREEMENT);
        RecordSet open = new RecordSet("dispute d", "d.org_id", new Period.AtYearEnd("d.accepted_date < :yearEnd"
                + " AND (d.closed_date IS NULL OR d.closed_date >= :yearEnd)", "d.accepted_date"), null, DISPUTE);
        RecordSet agreements = disputes("d.agreement_date").and(AGREEMENT);
        RecordSet prevented = concluded.and("d.risk_flag = TRUE AND d.escalated = FALSE");

        Figure.Count receivedCount = Figure.count("mediation.received", "受理纠纷", "件", MEDIATION, "受理的纠纷，按受理日期", received);
        return List.of(
                Figure.count("mediation.committees", "调解组织", "个", MEDIATION,
                        "范围内的调解组织（调委会、矛调中心、行政调解组织、个人调解室等各类）", bodies),
                Figure.count("mediation.mediators", "调解员", "人", MEDIATION,
                        "12月31日在聘的调解员（起聘日期不晚于12月31日，且未解聘或解聘日期晚于12月31日）", mediators),
                receivedCount,
                Figure.split(receivedCount, "bySource", "来源", "d.intake_source", Labels.of(IntakeSource.class)),
                Figure.split(receivedCount, "byCategory", "纠纷类别", "d.category", Map.of()),
                Figure.split(receivedCount, "byKind", "调解类型", "d.mediation_kind", Labels.of(MediationKind.class)),
                Figure.count("mediation.concluded", "办结", "件", MEDIATION, "办结的纠纷（达成协议或终止调解），按办结日期", concluded),
                Figure.count("mediation.succeeded", "调解成功", "件", MEDIATION, "达成书面或口头协议办结的纠纷，按办结日期", succeeded),
                Figure.rate("mediation.successRate", "调解成功率", MEDIATION, "调解成功件数 ÷ 本年办结件数", succeeded, concluded),
                Figure.count("mediation.open", "在调", "件", MEDIATION, "12月31日已受理、尚未办结的纠纷（不论受理年度）", open),
                Figure.sum("mediation.agreementAmount", "协议金额", Figure.YUAN, MEDIATION,
                        "本年达成的调解协议所涉金额，按协议日期（导入的记录为办结日期）", agreements, "d.agreement_amount"),
                Figure.count("mediation.judicialConfirmations", "司法确认", "件", MEDIATION, "取得法院司法确认的调解协议，按确认日期",
                        disputes("d.judicial_confirmation_date")),
                Figure.rate("mediation.followUpRate", "回访率", MEDIATION,
                        "有回访记录（任何日期）的本年调解协议 ÷ 本年调解协议",
                        agreements.and("EXISTS (SELECT 1 FROM dispute_follow_up f WHERE f.dispute_id = d.id)"), agreements),
                Figure.count("mediation.escalationPrevented", "防止民转刑", "件", MEDIATION,
                        "有风险预警、办结且未升级的纠纷，按办结日期", prevented),
                Figure.sum("mediation.escalationPrevented.persons", "防止民转刑涉及人数", "人", MEDIATION,
                        "上述纠纷涉及的人数之和，按办结日期", prevented, "d.persons_involved"));
    }

    private static RecordSet disputes(String dateColumn) {
        return new RecordSet("dispute d", "d.org_id", new Period.InYear(dateColumn), null, DISPUTE);
    }
}
