package org.casework.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.casework.base.ReferenceEntity;

@Entity
@Table(name = "org_unit")
class OrgUnit implements ReferenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 40)
    String code;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "parent_id")
    Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 32)
    OrgType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "mediation_body_type", length = 32)
    MediationBodyType mediationBodyType;

    /** Materialised path of ids, "/1/4/9/": the subtree of X is every unit whose path starts with X's. */
    @Column(name = "tree_path", nullable = false, length = 1000)
    String treePath = "/";

    @Column(name = "doc_prefix", length = 40)
    String docPrefix;

    @Column(nullable = false)
    boolean active = true;

    @Version
    long version;

    OrgRef toRef() {
        return new OrgRef(id, code, name, parentId, type, mediationBodyType, treePath, docPrefix, active);
    }
}
