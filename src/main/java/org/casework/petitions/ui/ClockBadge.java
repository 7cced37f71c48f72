package org.casework.petitions.ui;

import com.vaadin.flow.component.html.Span;
import org.casework.base.ui.Formats;
import org.casework.petitions.PetitionClock;

/** A deadline as a clock: "办结期限 2024-08-02届满，剩余5日", amber when due soon, red when overdue or met late. */
class ClockBadge extends Span {

    ClockBadge(PetitionClock clock, boolean withLabel) {
        String text = switch (clock.state()) {
            case MET -> getTranslation("petition.clock.met", Formats.date(clock.met()));
            case MET_LATE -> getTranslation("petition.clock.metLate", Formats.date(clock.met()), -clock.daysLeft());
            case OVERDUE -> getTranslation("petition.clock.overdue", Formats.date(clock.due()), -clock.daysLeft());
            case RUNNING, DUE_SOON -> clock.daysLeft() == 0 ? getTranslation("petition.clock.today")
                    : getTranslation("petition.clock.left", Formats.date(clock.due()), clock.daysLeft());
        };
        setText(withLabel ? clock.deadline().label() + " " + text : text);
        setTitle(clock.deadline().basis());
        switch (clock.state()) {
            case DUE_SOON -> addClassName("due-amber");
            case OVERDUE, MET_LATE -> addClassName("due-red");
            default -> { }
        }
    }
}
