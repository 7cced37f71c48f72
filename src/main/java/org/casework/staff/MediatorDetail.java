package org.casework.staff;

import java.time.LocalDate;
import org.casework.base.Origin;

/** A mediator as the roster, the form and the API show it. */
public record MediatorDetail(
        long id,
        long bodyId,
        String bodyCode,
        String bodyName,
        String name,
        boolean fullTime,
        LocalDate appointedDate,
        LocalDate dismissedDate,
        boolean active,
        Origin origin,
        long version) {

    public MediatorForm form() {
        return new MediatorForm(bodyId, name, fullTime, appointedDate, dismissedDate);
    }
}
