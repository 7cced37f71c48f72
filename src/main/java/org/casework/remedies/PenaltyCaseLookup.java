package org.casework.remedies;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the penalty case a remedy is about by its case number within the same organisation. A plain
 * query on penalty_case, so that remedies does not depend on the enforcement feature's internals.
 */
@Component
class PenaltyCaseLookup {

    private final JdbcTemplate jdbc;

    PenaltyCaseLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> find(long orgId, String caseNo) {
        if (caseNo == null || caseNo.isBlank()) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.queryForList("SELECT id FROM penalty_case WHERE org_id = ? AND case_no = ?",
                Long.class, orgId, caseNo.trim());
        return ids.stream().findFirst();
    }
}
