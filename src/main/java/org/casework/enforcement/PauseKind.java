package org.casework.enforcement;

import org.casework.base.Labelled;

/**
 * Intervals that do not count: in the 90-day decision period (中止, 听证, 公告, 检测鉴定, 权利人辨认,
 * 责令退款; [SAMR] 第六十四条第二款), or for the late surcharge while a reconsideration or lawsuit runs
 * (《行政处罚法》第七十三条).
 */
public enum PauseKind implements Labelled {
    SUSPENSION("中止调查", true),
    HEARING("听证", true),
    PUBLIC_NOTICE("公告", true),
    TESTING("检测、检验、检疫、鉴定", true),
    IDENTIFICATION("权利人辨认或者鉴别", true),
    REFUND("责令退还多收价款", true),
    RECONSIDERATION("行政复议期间", false),
    LITIGATION("行政诉讼期间", false);

    private final String label;
    private final boolean stopsDecisionClock;

    PauseKind(String label, boolean stopsDecisionClock) {
        this.label = label;
        this.stopsDecisionClock = stopsDecisionClock;
    }

    @Override
    public String label() {
        return label;
    }

    /** Not counted in the decision period (the others stop the late surcharge instead). */
    public boolean stopsDecisionClock() {
        return stopsDecisionClock;
    }
}
