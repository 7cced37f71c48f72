package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One collective discussion (集体讨论) of a case: the meeting date, its conclusion and who took part. */
@Embeddable
public record CollectiveDiscussion(
        @Column(name = "meeting_date", nullable = false) LocalDate meetingDate,
        @Column(name = "conclusion", length = 2000) String conclusion,
        @Column(name = "participants", length = 500) String participants) {

    public static CollectiveDiscussion on(LocalDate date) {
        return new CollectiveDiscussion(date, null, null);
    }

    CollectiveDiscussion normalised() {
        return new CollectiveDiscussion(meetingDate, Texts.clean(conclusion), Texts.clean(participants));
    }
}
