package org.casework.enforcement;

import java.time.LocalDate;
import org.casework.base.Origin;

/** An inspection as lists, screens and the API see it. */
public record InspectionRef(
        Long id,
        Long orgId,
        String orgCode,
        String orgName,
        String inspectionNo,
        LocalDate inspectionDate,
        String target,
        String item,
        String result,
        Origin origin) {
}
