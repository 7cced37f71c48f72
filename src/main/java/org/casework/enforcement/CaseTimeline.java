package org.casework.enforcement;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.casework.base.EngineText;
import org.casework.base.FlushedRows;
import org.casework.security.CurrentUser;
import org.casework.security.UserContext;
import org.springframework.stereotype.Component;

/** Writes and reads the step timeline of a case (全过程记录); without a signed-in user the actor is 系统. */
@Component
class CaseTimeline {

    static final String SYSTEM = "system";
    private static final String INSERT = "INSERT INTO case_event (case_id, occurred_at, event_day, step, action, detail, actor,"
            + " actor_name) VALUES (?,?,?,?,?,?,?,?)";

    private final CaseEventRepository events;
    private final CurrentUser current;
    private final Clock clock;
    private final EntityManager em;

    CaseTimeline(CaseEventRepository events, CurrentUser current, Clock clock, EntityManager em) {
        this.events = events;
        this.current = current;
        this.clock = clock;
        this.em = em;
    }

    /**
     * Adds an entry in the running transaction. The entries are written together when the transaction's session
     * flushes (before it reads the timeline, at the latest at commit): an entry is never changed, needs no entity.
     */
    void record(long caseId, String step, String action, String detail) {
        UserContext user = current.find().orElse(null);
        FlushedRows.add(em, INSERT, caseId, Instant.now(clock), LocalDate.now(clock), cut(step, 48), cut(action, 200),
                detail == null ? null : cut(detail, 2000), user == null ? SYSTEM : user.username(),
                user == null ? "系统" : user.displayName());
    }

    /** Whether the user did one of these steps of the case (e.g. recorded evidence or wrote the report). */
    boolean didAnyOf(long caseId, String username, Collection<String> steps) {
        return events.anyByActorAtSteps(caseId, username, steps);
    }

    List<TimelineEntry> of(long caseId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId).stream().map(CaseEvent::toEntry).toList();
    }

    private static String cut(String s, int max) {
        String safe = EngineText.toEngineSafe(s);
        return s.length() <= max ? s : safe.substring(0, max - 1) + "…";
    }
}
