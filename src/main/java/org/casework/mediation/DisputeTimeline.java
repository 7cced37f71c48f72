package org.casework.mediation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes and reads the timeline of a dispute (what the detail screen shows, step by step). */
@Component
class DisputeTimeline {

    private final DisputeEventRepository events;
    private final Clock clock;

    DisputeTimeline(DisputeEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void record(long disputeId, String step, String summary, String actor) {
        DisputeEvent e = new DisputeEvent();
        e.disputeId = disputeId;
        e.occurredAt = Instant.now(clock);
        e.step = step;
        e.summary = summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary;
        e.actor = actor;
        events.save(e);
    }

    List<TimelineEntry> of(long disputeId) {
        return events.findByDisputeIdOrderByOccurredAtAscIdAsc(disputeId).stream().map(DisputeEvent::entry).toList();
    }
}
