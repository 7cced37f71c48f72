package org.casework.documents;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    /** The documents of a case in the order issued, with their content (the case file's PDF). */
    @Query("select d from CaseDocument d where d.caseKind = :caseKind and d.caseId = :caseId order by d.issuedAt, d.id")
    List<CaseDocument> findByCaseKindAndCaseIdOrderByIssuedAtAscIdAsc(@Param("caseKind") CaseKind caseKind, @Param("caseId") long caseId);

    /** The documents of a case in the order issued, without their content (a list needs only the heading). */
    @Query("select new org.casework.documents.IssuedDocument(d.id, d.orgId, d.caseKind, d.caseId, d.type, d.number, d.year, d.seqNo,"
            + " d.title, d.issuedAt, d.issuedBy, d.issuedByName, d.voided, d.voidReason, d.voidedAt, d.voidedBy)"
            + " from CaseDocument d where d.caseKind = :caseKind and d.caseId = :caseId order by d.issuedAt, d.id")
    List<IssuedDocument> listIssued(@Param("caseKind") CaseKind caseKind, @Param("caseId") long caseId);

    /** The documents of a case not voided, by organisation (the caller checks the scope of each). */
    @Query("select d.orgId, count(d) from CaseDocument d where d.caseKind = :caseKind and d.caseId = :caseId and d.voided = false"
            + " group by d.orgId")
    List<Object[]> countValidByOrg(@Param("caseKind") CaseKind caseKind, @Param("caseId") long caseId);
}
