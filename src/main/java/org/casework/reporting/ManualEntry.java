package org.casework.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A narrative yearly item (填报) that the system cannot compute (普法活动, 培训人次, 规范性文件 …), entered
 * once a year per organisation; shown apart from the computed figures, never mixed into them.
 */
public record ManualEntry(long id, int year, String orgCode, String item, BigDecimal quantity, String unit, String note,
                          String enteredBy, OffsetDateTime enteredAt) {
}
