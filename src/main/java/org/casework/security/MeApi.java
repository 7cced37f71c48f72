package org.casework.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the caller is, their organisation, roles and Camunda candidate groups. */
@RestController
class MeApi {

    private final CurrentUser current;

    MeApi(CurrentUser current) {
        this.current = current;
    }

    record Me(String username, String name, Org org, List<String> roles, List<String> roleLabels,
              List<String> candidateGroups) {
    }

    record Org(long id, String code, String name) {
    }

    @GetMapping("/api/me")
    Me me() {
        UserContext u = current.get();
        List<Role> roles = u.roles().stream().sorted().toList();
        return new Me(u.username(), u.displayName(), new Org(u.orgId(), u.orgCode(), u.orgName()),
                roles.stream().map(Role::name).toList(), roles.stream().map(Role::label).toList(),
                u.candidateGroups());
    }
}
