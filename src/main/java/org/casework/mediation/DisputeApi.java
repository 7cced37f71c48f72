package org.casework.mediation;

import org.casework.base.web.ApiPage;
import org.casework.base.web.ApiParams;
import org.casework.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON for disputes; roles and scope are checked by the service (403 outside the scope, 404 unknown). */
@RestController
@RequestMapping("/api/disputes")
class DisputeApi {

    private final DisputeService disputes;
    private final CurrentUser current;

    DisputeApi(DisputeService disputes, CurrentUser current) {
        this.disputes = disputes;
        this.current = current;
    }

    @GetMapping
    ApiPage<DisputeDetail> list(@RequestParam(required = false) String body,
                                @RequestParam(required = false) Integer year,
                                @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String category,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String text,
                                @RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "50") int limit) {
        Long bodyId = body == null || body.isBlank() ? null : current.scopedOrg(body).id();
        DisputeFilter filter = new DisputeFilter(bodyId, year, ApiParams.labelled(MediationKind.class, "kind", kind),
                category, ApiParams.labelled(DisputeStatus.class, "status", status), text);
        int size = ApiPage.limit(limit);
        return new ApiPage<>(disputes.search(filter, offset, size), disputes.count(filter), offset, size);
    }

    @GetMapping("/{id}")
    DisputeDetail get(@PathVariable long id) {
        return disputes.get(id);
    }
}
