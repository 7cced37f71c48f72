package org.casework.reporting;

import java.math.BigDecimal;

/** What a leader enters for a 填报 item; id null for a new item. */
public record ManualEntryForm(Long id, int year, String orgCode, String item, BigDecimal quantity, String unit, String note) {
}
