package org.casework.remedies;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.casework.base.Origin;

/** A court instance as lists, the form and the API show it. */
public record LitigationDetail(
        long id,
        long orgId,
        String orgCode,
        String orgName,
        String courtCaseNo,
        InstanceLevel level,
        String plaintiff,
        String courtName,
        LocalDate receivedDate,
        LocalDate hearingDate,
        boolean headAppeared,
        String headName,
        HeadRole headRole,
        LocalDate concludedDate,
        LitigationResult result,
        Long penaltyCaseId,
        String notes,
        String dataQuality,
        Origin origin,
        long version) {

    /** The roles whose appearance counts as the head's (负责人出庭应诉): not 其他工作人员. */
    public static final Set<HeadRole> HEAD_ROLES = EnumSet.of(HeadRole.PRINCIPAL, HeadRole.DEPUTY, HeadRole.IN_CHARGE);

    /** True when a head of the organisation appeared at the hearing (the figure 负责人出庭 counts these). */
    public boolean headAppearance() {
        return headAppeared && hearingDate != null && HEAD_ROLES.contains(headRole);
    }

    public LitigationForm form() {
        return new LitigationForm(orgId, courtCaseNo, level, plaintiff, courtName, receivedDate, hearingDate, headAppeared,
                headName, headRole, concludedDate, result, notes);
    }
}
