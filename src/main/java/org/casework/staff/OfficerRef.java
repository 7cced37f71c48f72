package org.casework.staff;

import java.time.LocalDate;
import org.casework.base.Origin;

/** An officer as the rest of the application sees it. */
public record OfficerRef(
        Long id,
        Long orgId,
        String orgCode,
        String orgName,
        String name,
        String certificateNo,
        LocalDate certificateValidUntil,
        LocalDate onDutyFrom,
        LocalDate offDutyDate,
        boolean legalQualification,
        Origin origin) {

    /** On duty that day: started on or before it and not yet left (the 离岗日期 itself is no longer on duty). */
    public boolean isActiveOn(LocalDate day) {
        return !onDutyFrom.isAfter(day) && (offDutyDate == null || offDutyDate.isAfter(day));
    }

    /**
     * Holds a valid enforcement certificate that day: a certificate number, and either no recorded
     * expiry or an expiry on or after the day.
     */
    public boolean isCertifiedOn(LocalDate day) {
        return certificateNo != null && (certificateValidUntil == null || !certificateValidUntil.isBefore(day));
    }

    /** Active and certified that day: may act as a handling officer (《行政处罚法》第四十二条). */
    public boolean mayEnforceOn(LocalDate day) {
        return isActiveOn(day) && isCertifiedOn(day);
    }

    public String label() {
        return certificateNo == null ? name : name + "（" + certificateNo + "）";
    }
}
