package org.casework.reporting;

import java.util.Set;
import org.casework.org.OrgRef;

/**
 * A checked request for figures: one year, one organisation (with or without its subtree) that the
 * signed-in leader may see. Only {@link FigureService#scope} creates one, after checking role and scope,
 * so a computation in a background thread needs no signed-in user.
 */
public final class ReportScope {

    private final int year;
    private final OrgRef org;
    private final boolean subtree;
    private final Set<Long> orgIds;

    ReportScope(int year, OrgRef org, boolean subtree, Set<Long> orgIds) {
        this.year = year;
        this.org = org;
        this.subtree = subtree;
        this.orgIds = Set.copyOf(orgIds);
    }

    public int year() {
        return year;
    }

    public OrgRef org() {
        return org;
    }

    public boolean subtree() {
        return subtree;
    }

    Set<Long> orgIds() {
        return orgIds;
    }

    /** How many organisations the figures cover. */
    public int orgIdsCount() {
        return orgIds.size();
    }

    /** The same organisation and subtree for another year (the year-on-year comparison). */
    public ReportScope inYear(int otherYear) {
        FigureService.checkYear(otherYear);
        return new ReportScope(otherYear, org, subtree, orgIds);
    }

    @Override
    public String toString() {
        return year + " " + org.code() + (subtree ? "（含下级）" : "（本级）");
    }
}
