package org.casework.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "party")
class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, length = 16)
    PartyKind kind;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "id_number", length = 64)
    String idNumber;

    @Column(length = 50)
    String phone;

    @Column(length = 300)
    String address;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.now();

    @Version
    long version;

    PartyRef toRef() {
        return new PartyRef(id, kind, name, idNumber, phone, address);
    }
}
