package org.casework.party;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartyRepository extends JpaRepository<Party, Long> {

    Optional<Party> findFirstByIdNumberOrderByIdAsc(String idNumber);

    Optional<Party> findFirstByKindAndNameAndIdNumberIsNullOrderByIdAsc(PartyKind kind, String name);

    @Query("select p from Party p where p.name like :text or p.idNumber like :text order by p.name, p.id")
    List<Party> search(@Param("text") String text, Pageable page);

    @Query("select p.id from Party p where p.name like :text or p.idNumber like :text order by p.id")
    List<Long> searchIds(@Param("text") String text, Pageable page);

    @Query("select count(p) from Party p where p.name like :text or p.idNumber like :text")
    long countSearch(@Param("text") String text);
}
