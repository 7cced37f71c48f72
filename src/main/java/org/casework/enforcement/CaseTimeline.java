package org.casework.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.casework.base.EngineText;
import org.casework.security.CurrentUser;
import org.casework.security.UserContext;
import org.springframework.stereotype.Component;

/** Writes and reads the step timeline of a case (全过程记录); without a signed-in user the actor is 系统. */
@Component
class CaseTimeline {

    static final String SYSTEM = "system";

    private final CaseEventRepository events;
    private final CurrentUser current;
    private final Clock clock;

    CaseTimeline(CaseEventRepository events, CurrentUser current, Clock clock) {
        this.events = events;
        this.current = current;
        this.clock = clock;
    }

    void record(long caseId, String step, String action, String detail) {
        CaseEvent e = new CaseEvent();
        e.caseId = caseId;
        e.occurredAt = Instant.now(clock);
        e.day = LocalDate.now(clock);
        e.step = cut(step, 48);
        e.action = cut(action, 200);
        e.detail = detail == null ? null : cut(detail, 2000);
        UserContext user = current.find().orElse(null);
        e.actor = user == null ? SYSTEM : user.username();
        e.actorName = user == null ? "系统" : user.displayName();
        events.save(e);
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
