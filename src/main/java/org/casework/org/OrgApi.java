package org.casework.org;

import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisations the caller may see: {@code GET /api/orgs} lists the caller's scope (the own
 * subtree; all for a system administrator), {@code GET /api/orgs/{code}} answers 403 for an
 * organisation outside it and 404 for an unknown code.
 */
@RestController
@RequestMapping("/api/orgs")
class OrgApi {

    private final OrgService orgs;
    private final OrgScope scope;

    OrgApi(OrgService orgs, OrgScope scope) {
        this.orgs = orgs;
        this.scope = scope;
    }

    @GetMapping
    List<OrgRef> list() {
        Set<Long> visible = scope.visibleOrgIds();
        return orgs.all().stream().filter(o -> visible.contains(o.id())).toList();
    }

    @GetMapping("/{code}")
    OrgRef get(@PathVariable String code) {
        return scope.scopedOrg(code);
    }
}
