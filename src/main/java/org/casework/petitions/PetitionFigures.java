package org.casework.petitions;

import static org.casework.reporting.Figure.Section.PETITIONS;

import java.util.List;
import java.util.Map;
import org.casework.reporting.Figure;
import org.casework.reporting.FigureSource;
import org.casework.reporting.Listing;
import org.casework.reporting.Period;
import org.casework.reporting.RecordSet;
import org.springframework.stereotype.Component;

/**
 * The petition and complaint figures of spec/figures.md over petition. The split by channel uses the
 * channel code as recorded (the channel list is data, per deployment).
 */
@Component
class PetitionFigures implements FigureSource {

    private static final Listing PETITION = new Listing("petition", "p.id", "p.petition_no",
            "COALESCE(p.subject, p.petitioner_name)", null);

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Figure> figures() {
        RecordSet registered = petitions("p.registered_date");
        RecordSet closed = petitions("p.closed_date");
        RecordSet rated = closed.and("p.rating IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')");

        Figure.Count received = Figure.count("petition.received", "受理信访投诉", "件", PETITIONS,
                "登记的信访和投诉，按登记日期", registered);
        return List.of(
                received,
                Figure.split(received, "byChannel", "渠道", "p.channel_code", Map.of()),
                Figure.count("petition.closed", "办结", "件", PETITIONS, "办结的信访投诉，按办结日期", closed),
                Figure.rate("petition.closedRate", "办结率", PETITIONS, "本年登记且在12月31日前办结的件数 ÷ 本年登记件数",
                        registered.and("p.closed_date IS NOT NULL AND p.closed_date < :to"), registered),
                Figure.rate("petition.onTimeRate", "按期办结率", PETITIONS, "在办理期限内（含期限当日）办结的件数 ÷ 本年办结件数",
                        closed.and("p.due_date IS NOT NULL AND p.closed_date <= p.due_date"), closed),
                Figure.rate("petition.satisfactionRate", "满意率", PETITIONS,
                        "（满意＋基本满意）÷ 已评价件数（满意、基本满意、不满意；未评价不计），按办结日期",
                        rated.and("p.rating IN ('SATISFIED', 'BASICALLY_SATISFIED')"), rated),
                Figure.count("petition.backlogResolved", "化解信访积案", "件", PETITIONS, "列为积案且化解办结的，按办结日期",
                        closed.and("p.backlog = TRUE AND p.resolved = TRUE")));
    }

    private static RecordSet petitions(String dateColumn) {
        return new RecordSet("petition p", "p.org_id", new Period.InYear(dateColumn), null, PETITION);
    }
}
