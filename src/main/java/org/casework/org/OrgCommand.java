package org.casework.org;

/** What a form or an import says about an organisation unit. */
public record OrgCommand(
        String code,
        String name,
        Long parentId,
        OrgType type,
        MediationBodyType mediationBodyType,
        String docPrefix,
        boolean active) {
}
