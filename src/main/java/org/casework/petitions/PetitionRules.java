package org.casework.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casework.base.RuleViolation;
import org.casework.base.TextRules;

/**
 * The rules a petition must keep (《信访工作条例》). Each violation names its field by the Chinese label
 * (= ledger column). The time limits of 第三十四条 (60 days, extension by at most 30 with approval) are
 * enforced on the screen; a ledger reports its own due dates, and a due date beyond 90 days is accepted
 * there with a data-quality note.
 */
final class PetitionRules {

    static final int REGULAR_DAYS = 60;
    static final int LONGEST_DAYS = 90;

    private PetitionRules() {
    }

    /**
     * @param channel        the channel named by the form, or null when there is no such channel
     * @param refuseInactive whether an inactive channel is refused (a new registration on the screen)
     * @param limits         the regular and the longest due date for the registration date, or null without one
     * @param enforceLimits  whether the 第三十四条 limits are enforced (screen) or only noted (ledger)
     */
    static List<RuleViolation> check(PetitionForm f, ChannelRef channel, boolean refuseInactive, Limits limits,
                                     boolean enforceLimits) {
        List<RuleViolation> v = new ArrayList<>();
        TextRules.required(v, "编号", f.petitionNo(), 100);
        if (f.channelCode() == null || f.channelCode().isBlank()) {
            v.add(new RuleViolation("渠道", "渠道不能为空"));
        } else if (channel == null) {
            v.add(new RuleViolation("渠道", "渠道代码不存在：" + f.channelCode().trim()));
        } else if (refuseInactive && !channel.active()) {
            v.add(new RuleViolation("渠道", "渠道“" + channel.name() + "”已停用，不能登记新的信访投诉"));
        }
        TextRules.optional(v, "信访人", f.petitionerName(), 200);
        TextRules.optional(v, "事项摘要", f.subject(), 500);
        TextRules.optional(v, "信访内容", f.content(), 4000);
        TextRules.optional(v, "办理结果", f.reply(), 4000);
        dates(f, limits, enforceLimits, v);
        if (f.rating() != null && f.rating() != Rating.NOT_RATED && f.closedDate() == null) {
            v.add(new RuleViolation("评价", "未办结的信访事项不能评价"));
        }
        if (f.resolved() && f.closedDate() == null) {
            v.add(new RuleViolation("已化解", "已化解的信访事项须填写办结日期"));
        }
        return v;
    }

    private static void dates(PetitionForm f, Limits limits, boolean enforceLimits, List<RuleViolation> v) {
        LocalDate registered = f.registeredDate();
        if (registered == null) {
            v.add(new RuleViolation("登记日期", "登记日期不能为空"));
            return;
        }
        if (f.acknowledgedDate() != null && f.acknowledgedDate().isBefore(registered)) {
            v.add(new RuleViolation("告知日期", "告知日期不能早于登记日期"));
        }
        if (f.closedDate() != null && f.closedDate().isBefore(registered)) {
            v.add(new RuleViolation("办结日期", "办结日期不能早于登记日期"));
        }
        LocalDate due = f.dueDate();
        if (due == null) {
            return;
        }
        if (due.isBefore(registered)) {
            // a ledger may carry a deadline set before the local registration (a petition handed on by a
            // hotline platform); it is accepted there with a data-quality note
            if (enforceLimits) {
                v.add(new RuleViolation("办理期限", "办理期限不能早于登记日期"));
            }
        } else if (enforceLimits && due.isAfter(limits.longest())) {
            v.add(new RuleViolation("办理期限", "办理期限最长为登记之日起60日，经批准可延长，延长不得超过30日（《信访工作条例》第三十四条）"));
        } else if (enforceLimits && due.isAfter(limits.regular()) && !f.extended()) {
            v.add(new RuleViolation("办理期限", "办理期限超过登记之日起60日的，须经批准延期（《信访工作条例》第三十四条）"));
        }
    }

    /** The end of the regular 60-day period and of the 90-day period with an extension. */
    record Limits(LocalDate regular, LocalDate longest) {
    }
}
