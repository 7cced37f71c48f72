package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.casework.base.Origin;

/** A penalty case as a list row. */
public record PenaltyCaseRow(
        Long id,
        Long orgId,
        String orgCode,
        String orgName,
        String caseNo,
        ProcedureType procedure,
        PenaltyCaseStatus status,
        String partyName,
        String cause,
        LocalDate filedDate,
        LocalDate decisionDate,
        PenaltyOutcome outcome,
        PenaltyType heaviestType,
        BigDecimal penaltyAmount,
        LocalDate closedDate,
        Origin origin,
        boolean hasDataQualityNotes,
        LocalDate decisionDueDate,
        boolean workflow) {
}
