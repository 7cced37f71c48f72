package org.casework.documents;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    List<CaseDocument> findByCaseKindAndCaseIdOrderByIssuedAtAscIdAsc(CaseKind caseKind, long caseId);
}
