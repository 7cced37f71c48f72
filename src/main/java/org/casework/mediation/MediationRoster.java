package org.casework.mediation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.staff.MediatorDetail;
import org.casework.staff.MediatorFilter;
import org.casework.staff.MediatorService;
import org.springframework.stereotype.Component;

/** The roster (调解员名册) as the mediation steps need it: who may be assigned, and the names. */
@Component
class MediationRoster {

    static final int MAX_ROSTER = 1000;

    private final MediatorService mediators;

    MediationRoster(MediatorService mediators) {
        this.mediators = mediators;
    }

    /** The mediators on the body's roster today (the body and the bodies below it), by id. */
    Map<Long, String> activeNames(long bodyId) {
        Map<Long, String> names = new LinkedHashMap<>();
        active(bodyId).forEach(m -> names.put(m.id(), m.name()));
        return names;
    }

    List<MediatorDetail> active(long bodyId) {
        return mediators.search(new MediatorFilter(bodyId, true, null), 0, MAX_ROSTER);
    }

    /** Every active mediator the user may see. */
    List<MediatorDetail> activeInScope() {
        return mediators.search(new MediatorFilter(null, true, null), 0, MAX_ROSTER);
    }

    String name(long mediatorId) {
        return mediators.get(mediatorId).name();
    }
}
