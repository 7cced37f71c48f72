package org.casework.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.casework.base.ReferenceEntity;

@Entity
@Table(name = "app_user")
class AppUser implements ReferenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 64)
    String username;

    @Column(name = "display_name", nullable = false, length = 100)
    String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    String passwordHash;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Column(nullable = false)
    boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    int failedLogins;

    @Column(name = "locked_until")
    Instant lockedUntil;

    @Column(name = "password_changed_at")
    Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32)
    Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    long version;

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
