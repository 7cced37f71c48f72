package org.casework.enforcement;

import java.util.Map;
import org.casework.org.OrgService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Penalty cases as JSON (read-only). The service checks role and organisation scope: 403 outside the
 * scope, 404 for an unknown case or org code.
 */
@RestController
@RequestMapping("/api/penalty-cases")
class PenaltyCaseApi {

    private final PenaltyCaseService cases;
    private final OrgService orgs;

    PenaltyCaseApi(PenaltyCaseService cases, OrgService orgs) {
        this.cases = cases;
        this.orgs = orgs;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String org,
                             @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) String procedure,
                             @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        var filter = new PenaltyCaseFilter(ApiParams.orgId(orgs, org), year,
                ApiParams.value(PenaltyCaseStatus.class, status, "status"),
                ApiParams.value(ProcedureType.class, procedure, "procedure"), q);
        int pageSize = ApiParams.size(size);
        return ApiParams.page(cases.search(filter, page, pageSize), cases.count(filter), page, pageSize);
    }

    @GetMapping("/{id}")
    PenaltyCaseDetail get(@PathVariable long id) {
        return cases.get(id);
    }
}
