package org.casework.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = org.casework.security.Role.ADMIN")
    boolean anyAdmin();

    @Query("""
            select u from AppUser u where u.orgId in :orgs
              and (:text is null or u.username like :text or u.displayName like :text)
            order by u.username""")
    List<AppUser> search(@Param("orgs") java.util.Collection<Long> orgs, @Param("text") String text, Pageable page);

    @Query("""
            select count(u) from AppUser u where u.orgId in :orgs
              and (:text is null or u.username like :text or u.displayName like :text)""")
    long countSearch(@Param("orgs") java.util.Collection<Long> orgs, @Param("text") String text);

    @Query("select count(u) > 0 from AppUser u join u.roles r where u.orgId = :org and u.enabled = true and r = :role")
    boolean anyEnabledWithRole(@Param("org") Long orgId, @Param("role") Role role);

    @Query("select distinct u from AppUser u join u.roles r where u.orgId in :orgs and u.enabled = true and r = :role order by u.username")
    List<AppUser> findEnabledWithRole(@Param("orgs") java.util.Collection<Long> orgIds, @Param("role") Role role);
}
