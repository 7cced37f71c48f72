package org.casework.mediation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.casework.base.ui.Formats;
import org.casework.mediation.ClockState;
import org.casework.mediation.DisputeClock;

/** The clocks of a dispute as badges: name, due date (or moment), state; amber when close, red when overdue. */
class ClockBadges extends Div {

    ClockBadges(List<DisputeClock> clocks) {
        addClassName("clock-badges");
        clocks.forEach(c -> add(badge(c)));
    }

    static Span badge(DisputeClock c) {
        Span s = new Span(c.name() + "：" + due(c) + " · " + c.state().label());
        s.addClassName("clock");
        s.addClassName(switch (c.state()) {
            case OVERDUE, LATE -> "clock-red";
            case DUE_SOON -> "clock-amber";
            case MET, LAPSED -> "clock-done";
            case RUNNING -> "clock-ok";
        });
        return s;
    }

    static String due(DisputeClock c) {
        return c.dueAt() != null ? Formats.dateTime(c.dueAt()) : Formats.date(c.dueDate());
    }

    /** The clock the list shows: the first still running (most urgent first), else none. */
    static DisputeClock urgent(List<DisputeClock> clocks) {
        return clocks.stream().filter(c -> c.state().running())
                .min(java.util.Comparator.comparing((DisputeClock c) -> c.state() == ClockState.OVERDUE ? 0 : c.state() == ClockState.DUE_SOON ? 1 : 2)
                        .thenComparing(c -> c.dueDate() == null ? java.time.LocalDate.MAX : c.dueDate()))
                .orElse(null);
    }
}
