package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A statement or defence (陈述申辩) received from the party, and whether it was adopted. */
@Embeddable
public record StatementDefence(
        @Column(name = "received_date", nullable = false) LocalDate receivedDate,
        @Column(name = "content", length = 2000) String content,
        @Column(name = "adopted") Boolean adopted) {

    public static StatementDefence on(LocalDate date) {
        return new StatementDefence(date, null, null);
    }

    StatementDefence normalised() {
        return new StatementDefence(receivedDate, Texts.clean(content), adopted);
    }
}
