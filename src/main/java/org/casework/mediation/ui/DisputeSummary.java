package org.casework.mediation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.casework.base.ui.Formats;
import org.casework.mediation.DisputeCase;
import org.casework.mediation.DisputeDetail;

/** The key facts of a dispute in one block: body, kind, source, parties, dates, outcome. */
class DisputeSummary extends Div {

    DisputeSummary(DisputeCase file) {
        addClassName("case-summary");
        setId("dispute-summary");
        DisputeDetail d = file.dispute();
        DisputeCase.Procedure p = file.procedure();
        item("dispute.field.body", d.bodyName());
        item("dispute.field.kind", d.kind().label());
        item("dispute.field.source", d.source().label() + (p.referredBy() == null ? "" : "（" + p.referredBy() + "）"));
        item("dispute.field.category", d.category());
        item("dispute.field.parties", d.partiesText());
        item("dispute.field.receivedAt", Formats.dateTime(p.receivedAt()));
        item("dispute.field.acceptedOn", Formats.date(d.acceptedDate()));
        item("dispute.field.limit", p.limitText() == null ? "" : p.limitText() + "，至" + Formats.date(d.dueDate()));
        item("dispute.field.mediators", String.join("、", file.mediators().stream().filter(DisputeCase.Mediator::active)
                .map(DisputeCase.Mediator::name).toList()));
        item("dispute.field.outcome", d.outcome() == null ? "" : d.outcome().label() + "（" + Formats.date(d.closedDate()) + "）");
        item("dispute.field.amount", Formats.yuan(d.agreementAmount()));
        item("dispute.field.confirmation", p.confirmationResult() == null ? "" : p.confirmationResult().label()
                + (d.judicialConfirmationDate() == null ? "" : "（" + Formats.date(d.judicialConfirmationDate()) + "）"));
        item("dispute.field.risk", d.riskFlag() ? getTranslation("dispute.risk.flagged", d.personsInvolved() == null ? "?" : d.personsInvolved())
                + (d.escalated() ? getTranslation("dispute.risk.escalated") : "") : "");
        item("dispute.field.refusal", p.refusalNote());
        item("dispute.field.archivedOn", Formats.date(p.archivedDate()));
    }

    private void item(String key, String value) {
        if (value != null && !value.isBlank()) {
            add(new Span(getTranslation(key) + "：" + value));
        }
    }
}
