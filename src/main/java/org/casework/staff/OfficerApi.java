package org.casework.staff;

import org.casework.org.OrgService;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Enforcement officers as JSON (read-only), with the service's role and scope checks. */
@RestController
@RequestMapping("/api/officers")
class OfficerApi {

    private final OfficerService officers;
    private final OrgService orgs;

    OfficerApi(OfficerService officers, OrgService orgs) {
        this.officers = officers;
        this.orgs = orgs;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String org,
                             @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "false") boolean active,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        Long orgId = org == null || org.isBlank() ? null : orgs.requireByCode(org).id();
        var filter = new OfficerFilter(orgId, q, active);
        int pageSize = Math.max(1, Math.min(size, 500));
        return Map.of("items", officers.search(filter, page, pageSize), "total", officers.count(filter),
                "page", page, "size", pageSize);
    }

    @GetMapping("/{id}")
    OfficerRef get(@PathVariable long id) {
        return officers.get(id);
    }
}
