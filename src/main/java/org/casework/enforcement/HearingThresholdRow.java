package org.casework.enforcement;

import java.math.BigDecimal;
import org.casework.party.PartyKind;

/**
 * A hearing threshold: a fine or valued confiscation at or above the amount is a "较大数额" that gives
 * the party the right to a hearing (《行政处罚法》第六十三条). {@code field} null = every field.
 */
public record HearingThresholdRow(Long id, Long orgId, PartyKind partyKind, String field, BigDecimal fineAmount,
                                  BigDecimal confiscationAmount, String basis) {
}
