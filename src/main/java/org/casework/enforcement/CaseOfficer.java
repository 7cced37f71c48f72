package org.casework.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An officer handling the case (《行政处罚法》第四十二条: at least two with enforcement qualification). */
@Embeddable
public record CaseOfficer(
        @Column(name = "officer_id", nullable = false) Long officerId,
        @Enumerated(EnumType.STRING) @Column(name = "officer_role", nullable = false, length = 16) CaseOfficerRole role) {
}
