package org.casework.documents;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out document numbers per organisation, year and type: 1, 2, 3, … with no gaps and no
 * duplicates, also under concurrent issue. The number is taken in the issuing transaction by one
 * UPDATE of the sequence row, which holds the row lock until that transaction ends: a second issuer
 * waits, and a rolled-back issue gives its number back. Works on H2 (MySQL mode), MySQL and MariaDB.
 */
@Component
class DocumentNumbering {

    private final JdbcTemplate jdbc;

    DocumentNumbering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of (org, year, type); must run inside the transaction that stores the document. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(long orgId, int year, DocumentType type) {
        if (increment(orgId, year, type) == 0) {
            try {
                // first document of its kind this year: create the row, already past number 1
                jdbc.update("INSERT INTO document_sequence (org_id, doc_year, doc_type, next_no) VALUES (?, ?, ?, 2)",
                        orgId, year, type.name());
                return 1;
            } catch (DataIntegrityViolationException someoneElseCreatedIt) {
                // another transaction created the row first (it waited for that one to commit): take the next
                if (increment(orgId, year, type) == 0) {
                    throw someoneElseCreatedIt;
                }
            }
        }
        Integer next = jdbc.queryForObject(
                "SELECT next_no FROM document_sequence WHERE org_id = ? AND doc_year = ? AND doc_type = ?",
                Integer.class, orgId, year, type.name());
        return next - 1;
    }

    private int increment(long orgId, int year, DocumentType type) {
        return jdbc.update("UPDATE document_sequence SET next_no = next_no + 1 WHERE org_id = ? AND doc_year = ? AND doc_type = ?",
                orgId, year, type.name());
    }
}
