package org.casework.enforcement;

import java.util.Map;
import org.casework.org.OrgService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Inspections as JSON (read-only), with the service's role and scope checks. */
@RestController
@RequestMapping("/api/inspections")
class InspectionApi {

    private final InspectionService inspections;
    private final OrgService orgs;

    InspectionApi(InspectionService inspections, OrgService orgs) {
        this.inspections = inspections;
        this.orgs = orgs;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String org,
                             @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        var filter = new InspectionFilter(ApiParams.orgId(orgs, org), year, q);
        int pageSize = ApiParams.size(size);
        return ApiParams.page(inspections.search(filter, page, pageSize), inspections.count(filter), page, pageSize);
    }

    @GetMapping("/{id}")
    InspectionRef get(@PathVariable long id) {
        return inspections.get(id);
    }
}
