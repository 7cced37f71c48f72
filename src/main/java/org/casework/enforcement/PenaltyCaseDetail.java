package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.base.Origin;
import org.casework.staff.OfficerRef;

/**
 * A penalty case with everything the record screen shows: the form's fields, the derived columns,
 * the penalty items with their amounts, the handling officers by name, and the data-quality notes
 * (数据质量提示).
 */
public record PenaltyCaseDetail(
        Long id,
        String orgCode,
        String orgName,
        PenaltyCaseStatus status,
        Origin origin,
        Long partyId,
        PenaltyCaseForm form,
        List<PenaltyItem> items,
        PenaltyType heaviestType,
        BigDecimal fineAmount,
        BigDecimal confiscationAmount,
        BigDecimal penaltyAmount,
        LocalDate firstDefenceDate,
        LocalDate decisionDueDate,
        LocalDate publicationDueDate,
        List<OfficerRef> officers,
        List<String> dataQualityNotes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
