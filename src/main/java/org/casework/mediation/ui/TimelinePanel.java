package org.casework.mediation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.casework.base.ui.Formats;
import org.casework.mediation.MediationStep;
import org.casework.mediation.TimelineEntry;

/** The timeline of a dispute: every step done, when and by whom. */
class TimelinePanel extends Grid<TimelineEntry> {

    TimelinePanel(List<TimelineEntry> entries) {
        setId("timeline");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("dispute.timeline.at")).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> step(e.step())).setHeader(getTranslation("dispute.timeline.step")).setAutoWidth(true).setFlexGrow(0);
        addColumn(TimelineEntry::summary).setHeader(getTranslation("dispute.timeline.summary")).setFlexGrow(1);
        addColumn(TimelineEntry::actor).setHeader(getTranslation("dispute.timeline.actor")).setAutoWidth(true).setFlexGrow(0);
        setItems(entries);
        setAllRowsVisible(true);
    }

    private String step(String key) {
        MediationStep step = MediationStep.ofTask(key);
        if (step != null) {
            return step.label();
        }
        String label = getTranslation("dispute.event." + key);
        return label.startsWith("!") ? key : label;
    }
}
