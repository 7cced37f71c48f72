package org.casework.enforcement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.ArrayList;
import java.util.List;
import org.casework.enforcement.PenaltyType;
import org.casework.enforcement.ProposedPenalty;

/** A fine and/or a warning, as the items of a proposal, a revised proposal or a decision. */
final class PenaltyFields {

    final BigDecimalField fine;
    final Checkbox warning = new Checkbox("警告");

    PenaltyFields() {
        this("罚款金额（元）");
    }

    PenaltyFields(String fineLabel) {
        fine = new BigDecimalField(fineLabel);
    }

    List<ProposedPenalty> items() {
        List<ProposedPenalty> items = new ArrayList<>();
        if (warning.getValue()) {
            items.add(ProposedPenalty.warning());
        }
        if (fine.getValue() != null) {
            items.add(new ProposedPenalty(PenaltyType.FINE, fine.getValue(), null));
        }
        return items;
    }
}
