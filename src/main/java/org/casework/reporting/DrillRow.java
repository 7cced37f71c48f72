package org.casework.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One record behind a figure: which kind, which record, its number and title, its counting date. */
public record DrillRow(String recordType, long id, String number, String title, LocalDate date, BigDecimal amount,
                       String orgCode) {
}
