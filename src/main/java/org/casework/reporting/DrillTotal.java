package org.casework.reporting;

import java.math.BigDecimal;

/** The size of a drill-down list and, for a sum, the total of its amounts (equal to the figure). */
public record DrillTotal(long size, BigDecimal amount) {
}
