package org.casework.petitions.process;

import java.util.List;
import org.casework.petitions.PetitionProcessHooks;
import org.casework.petitions.TaskAudience;
import org.springframework.stereotype.Component;

/**
 * Candidate groups of petition tasks: {@code ${petitionTaskGroups.of(petitionId, 'HANDLING_UNIT')}} (see TaskAudience).
 * Public, as the expression language calls its method.
 */
@Component("petitionTaskGroups")
public class PetitionTaskGroups {

    private final PetitionProcessHooks hooks;

    PetitionTaskGroups(PetitionProcessHooks hooks) {
        this.hooks = hooks;
    }

    public List<String> of(Object petitionId, String audience) {
        return hooks.candidateGroups(((Number) petitionId).longValue(), TaskAudience.valueOf(audience));
    }
}
