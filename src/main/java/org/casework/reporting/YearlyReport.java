package org.casework.reporting;

import java.util.List;
import java.util.Optional;

/**
 * What the leaders' screen shows for one scope: this year's figures, last year's (computed the same way,
 * for the year-on-year change), the latest frozen snapshot with the figures that differ from it now,
 * and the 填报 items.
 */
public record YearlyReport(ReportScope scope, YearlyFigures now, YearlyFigures previous, Optional<FrozenFigures> frozen,
                           List<FigureChange> changes, List<ManualEntry> entries) {

    /** The change against the frozen value for a key, if it differs. */
    public Optional<FigureChange> changeOf(String key) {
        return changes.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
