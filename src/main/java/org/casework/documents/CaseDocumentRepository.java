package org.casework.documents;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    @Query("select d from CaseDocument d where d.caseKind = :caseKind and d.caseId = :caseId order by d.issuedAt, d.id")
    List<CaseDocument> findByCaseKindAndCaseIdOrderByIssuedAtAscIdAsc(@Param("caseKind") CaseKind caseKind, @Param("caseId") long caseId);
}
