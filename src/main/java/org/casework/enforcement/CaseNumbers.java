package org.casework.enforcement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of cases opened in the system, per organisation, year and procedure, without gaps (the
 * same one-statement row lock as the document numbers): {@code 东街执〔2025〕第12号} for a general
 * procedure case (from its lead on), {@code 东街简〔2025〕第5号} for an on-the-spot case.
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;

    CaseNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(long orgId, String prefix, int year, ProcedureType procedure) {
        jdbc.update("INSERT INTO penalty_case_sequence (org_id, seq_year, procedure_type, next_no) VALUES (?, ?, ?, 2) "
                + "ON DUPLICATE KEY UPDATE next_no = next_no + 1", orgId, year, procedure.name());
        Integer next = jdbc.queryForObject("SELECT next_no FROM penalty_case_sequence WHERE org_id = ? AND seq_year = ? AND procedure_type = ?",
                Integer.class, orgId, year, procedure.name());
        return prefix + (procedure == ProcedureType.GENERAL ? "执" : "简") + "〔" + year + "〕第" + (next - 1) + "号";
    }
}
