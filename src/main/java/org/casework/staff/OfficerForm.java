package org.casework.staff;

import java.time.LocalDate;

/** What the officer form (and a ledger row of 执法人员) says about an officer. */
public record OfficerForm(
        Long orgId,                      // 执法主体
        String name,                     // 姓名
        String certificateNo,            // 执法证号
        LocalDate certificateValidUntil, // 证件有效期至
        LocalDate onDutyFrom,            // 在岗起
        LocalDate offDutyDate,           // 离岗日期
        boolean legalQualification) {    // 法律职业资格

    /** Trimmed text, blanks as null; the certificate number in upper case. */
    public OfficerForm normalised() {
        return new OfficerForm(orgId, clean(name), certificateNo == null ? null : upper(clean(certificateNo)),
                certificateValidUntil, onDutyFrom, offDutyDate, legalQualification);
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase();
    }
}
