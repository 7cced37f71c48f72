package org.casework.reporting;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The figures of one year for one organisation (spec/figures.md "JSON shape"): every catalogue key in
 * catalogue order, breakdown parts after their parent.
 */
public record YearlyFigures(int year, String org, OffsetDateTime computedAt, Map<String, FigureValue> figures) {

    public FigureValue get(String key) {
        return figures.get(key);
    }
}
