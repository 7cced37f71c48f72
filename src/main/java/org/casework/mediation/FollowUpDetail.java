package org.casework.mediation;

import java.time.LocalDate;

/** A recorded follow-up visit (回访). */
public record FollowUpDetail(long id, LocalDate visitDate, Performance performance, String satisfaction, String notes) {
}
