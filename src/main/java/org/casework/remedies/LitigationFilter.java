package org.casework.remedies;

/**
 * Filters of the litigation list: an organisation (with its subtree), the year the complaint was
 * received, the instance, the result, text in the court case number or the plaintiff. Every filter may be null.
 */
public record LitigationFilter(Long orgId, Integer year, InstanceLevel level, LitigationResult result, String text) {

    public static LitigationFilter none() {
        return new LitigationFilter(null, null, null, null, null);
    }
}
