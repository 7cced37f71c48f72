package org.casework.mediation;

import java.time.LocalDate;

/** A follow-up visit (回访) as the form records it. */
public record FollowUpForm(
        LocalDate visitDate,       // 回访日期
        Performance performance,   // 履行情况
        String satisfaction,       // 满意度
        String notes) {            // 回访情况
}
