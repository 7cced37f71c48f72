package org.casework.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A channel through which petitions and complaints arrive (来访, 12345, 城运平台, …): data, kept by administrators. */
@Entity
@Table(name = "petition_channel")
class PetitionChannel {

    @Id
    @Column(length = 32)
    String code;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "sort_order", nullable = false)
    int sortOrder;

    @Column(nullable = false)
    boolean active = true;

    ChannelRef toRef() {
        return new ChannelRef(code, name, sortOrder, active);
    }
}
