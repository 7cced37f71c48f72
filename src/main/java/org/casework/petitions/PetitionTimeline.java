package org.casework.petitions;

import java.time.LocalDate;
import java.util.List;
import org.casework.security.CurrentUser;
import org.casework.security.UserContext;
import org.springframework.stereotype.Component;

/** Writes and reads a petition's timeline; the actor is the signed-in user, or none for the process's timers. */
@Component
class PetitionTimeline {

    private final PetitionEventRepository events;
    private final CurrentUser current;

    PetitionTimeline(PetitionEventRepository events, CurrentUser current) {
        this.events = events;
        this.current = current;
    }

    void record(Petition p, PetitionEventKind kind, LocalDate date, String detail) {
        PetitionEvent e = new PetitionEvent();
        e.petitionId = p.id;
        e.kind = kind;
        e.eventDate = date;
        e.detail = detail == null || detail.isBlank() ? null : detail.trim();
        e.actor = current.find().map(UserContext::displayName).orElse(null);
        events.save(e);
    }

    List<PetitionTimelineEntry> of(long petitionId) {
        return events.findByPetitionIdOrderByRecordedAtAscIdAsc(petitionId).stream().map(PetitionEvent::toEntry).toList();
    }
}
