package org.casework.reporting;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A leader's snapshot of one year's figures for one organisation (with or without its subtree): the
 * values as they were computed when frozen, never recomputed.
 */
public record FrozenFigures(long id, int year, String org, boolean subtree, OffsetDateTime takenAt, String takenBy,
                            String takenByName, Map<String, FigureValue> figures) {
}
