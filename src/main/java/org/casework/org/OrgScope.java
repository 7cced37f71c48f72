package org.casework.org;

import java.util.Set;

/**
 * The signed-in user's organisation scope, as the org module needs it. Security's
 * {@code CurrentUser} implements it; the interface lives here because security already depends on
 * org (users belong to organisations), so org must not depend on security.
 */
public interface OrgScope {

    /** Ids of the organisations whose records the signed-in user may see. */
    Set<Long> visibleOrgIds();

    /**
     * The organisation with this code (the user's own when blank), refused with
     * {@link org.casework.base.AccessDeniedException} when it lies outside the user's scope.
     */
    OrgRef scopedOrg(String orgCode);
}
