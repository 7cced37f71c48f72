package org.casework.staff;

import org.casework.base.web.ApiPage;
import org.casework.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON for the mediator roster; roles and scope are checked by the service. */
@RestController
@RequestMapping("/api/mediators")
class MediatorApi {

    private final MediatorService mediators;
    private final CurrentUser current;

    MediatorApi(MediatorService mediators, CurrentUser current) {
        this.mediators = mediators;
        this.current = current;
    }

    @GetMapping
    ApiPage<MediatorDetail> list(@RequestParam(required = false) String body,
                                 @RequestParam(required = false) Boolean active,
                                 @RequestParam(required = false) String text,
                                 @RequestParam(defaultValue = "0") int offset,
                                 @RequestParam(defaultValue = "50") int limit) {
        Long bodyId = body == null || body.isBlank() ? null : current.scopedOrg(body).id();
        MediatorFilter filter = new MediatorFilter(bodyId, active, text);
        int size = ApiPage.limit(limit);
        return new ApiPage<>(mediators.search(filter, offset, size), mediators.count(filter), offset, size);
    }

    @GetMapping("/{id}")
    MediatorDetail get(@PathVariable long id) {
        return mediators.get(id);
    }
}
