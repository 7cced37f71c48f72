package org.casework.party;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartyRepository extends JpaRepository<Party, Long> {

    // JPQL rather than derived queries: Hibernate caches the plan of a query string, while a derived
    // query builds and translates a new criteria query on every call (a ledger import calls these per row)
    @Query("select p from Party p where p.idNumber = :idNumber order by p.id limit 1")
    Optional<Party> findFirstByIdNumberOrderByIdAsc(@Param("idNumber") String idNumber);

    @Query("select p from Party p where p.kind = :kind and p.name = :name and p.idNumber is null order by p.id limit 1")
    Optional<Party> findFirstByKindAndNameAndIdNumberIsNullOrderByIdAsc(@Param("kind") PartyKind kind, @Param("name") String name);

    @Query("select p from Party p where p.name like :text or p.idNumber like :text order by p.name, p.id")
    List<Party> search(@Param("text") String text, Pageable page);

    @Query("select count(p) from Party p where p.name like :text or p.idNumber like :text")
    long countSearch(@Param("text") String text);
}
