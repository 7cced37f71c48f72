package org.casework.remedies;

import org.casework.base.web.ApiPage;
import org.casework.base.web.ApiParams;
import org.casework.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON for reconsideration cases and court instances. Roles and organisation scope are checked
 * by the services: 403 outside the scope, 404 for an unknown record.
 */
@RestController
@RequestMapping("/api")
class RemediesApi {

    private final ReconsiderationService reconsiderations;
    private final LitigationService litigations;
    private final CurrentUser current;

    RemediesApi(ReconsiderationService reconsiderations, LitigationService litigations, CurrentUser current) {
        this.reconsiderations = reconsiderations;
        this.litigations = litigations;
        this.current = current;
    }

    @GetMapping("/reconsiderations")
    ApiPage<ReconsiderationDetail> reconsiderations(@RequestParam(required = false) String org,
                                                    @RequestParam(required = false) Integer year,
                                                    @RequestParam(required = false) String outcome,
                                                    @RequestParam(required = false) String text,
                                                    @RequestParam(defaultValue = "0") int offset,
                                                    @RequestParam(defaultValue = "50") int limit) {
        ReconsiderationFilter filter = new ReconsiderationFilter(orgId(org), year,
                ApiParams.labelled(ReconsiderationOutcome.class, "outcome", outcome), text);
        int size = ApiPage.limit(limit);
        return new ApiPage<>(reconsiderations.search(filter, offset, size), reconsiderations.count(filter), offset, size);
    }

    @GetMapping("/reconsiderations/{id}")
    ReconsiderationDetail reconsideration(@PathVariable long id) {
        return reconsiderations.get(id);
    }

    @GetMapping("/litigations")
    ApiPage<LitigationDetail> litigations(@RequestParam(required = false) String org,
                                          @RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) String level,
                                          @RequestParam(required = false) String result,
                                          @RequestParam(required = false) String text,
                                          @RequestParam(defaultValue = "0") int offset,
                                          @RequestParam(defaultValue = "50") int limit) {
        LitigationFilter filter = new LitigationFilter(orgId(org), year, ApiParams.labelled(InstanceLevel.class, "level", level),
                ApiParams.labelled(LitigationResult.class, "result", result), text);
        int size = ApiPage.limit(limit);
        return new ApiPage<>(litigations.search(filter, offset, size), litigations.count(filter), offset, size);
    }

    @GetMapping("/litigations/{id}")
    LitigationDetail litigation(@PathVariable long id) {
        return litigations.get(id);
    }

    private Long orgId(String code) {
        return code == null || code.isBlank() ? null : current.scopedOrg(code).id();
    }
}
