package org.casework.enforcement;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseProcedureRepository extends JpaRepository<CaseProcedure, Long> {
}
