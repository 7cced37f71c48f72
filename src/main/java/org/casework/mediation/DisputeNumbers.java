package org.casework.mediation;

import org.casework.org.OrgRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of disputes logged in the system, per mediation body and year: {@code 东调〔2025〕12号} (the
 * body's document prefix). One {@code INSERT … ON DUPLICATE KEY UPDATE} takes the number and locks the
 * sequence row until the intake's transaction ends; a number already used (e.g. by an imported ledger
 * row) is skipped.
 */
@Component
class DisputeNumbers {

    private final JdbcTemplate jdbc;
    private final DisputeRepository disputes;

    DisputeNumbers(JdbcTemplate jdbc, DisputeRepository disputes) {
        this.jdbc = jdbc;
        this.disputes = disputes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(OrgRef body, int year) {
        String prefix = body.docPrefix() == null || body.docPrefix().isBlank() ? body.code() : body.docPrefix();
        while (true) {
            jdbc.update("INSERT INTO dispute_sequence (org_id, seq_year, next_no) VALUES (?, ?, 2) "
                    + "ON DUPLICATE KEY UPDATE next_no = next_no + 1", body.id(), year);
            Integer next = jdbc.queryForObject("SELECT next_no FROM dispute_sequence WHERE org_id = ? AND seq_year = ?",
                    Integer.class, body.id(), year);
            String number = prefix + "〔" + year + "〕" + (next - 1) + "号";
            if (disputes.findByOrgIdAndDisputeNo(body.id(), number).isEmpty()) {
                return number;
            }
        }
    }
}
