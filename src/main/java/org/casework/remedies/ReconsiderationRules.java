package org.casework.remedies;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casework.base.RuleViolation;
import org.casework.base.TextRules;

/**
 * The rules a reconsideration case must keep, on the screen and in the ledger import alike
 * (《行政复议法》2023). Each violation names its field by the Chinese label (= ledger column).
 */
final class ReconsiderationRules {

    /** The outcomes that may order the respondent to act anew (《行政复议法》第六十四条). */
    static final Set<ReconsiderationOutcome> REVOCATIONS =
            EnumSet.of(ReconsiderationOutcome.REVOKED, ReconsiderationOutcome.PARTIALLY_REVOKED);

    private ReconsiderationRules() {
    }

    static List<RuleViolation> check(ReconsiderationForm f) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.orgId() == null) {
            v.add(new RuleViolation("被申请人", "请选择被申请人（本机构）"));
        }
        TextRules.required(v, "复议案号", f.caseNo(), 100);
        TextRules.required(v, "申请人", f.applicant(), 200);
        TextRules.optional(v, "原处罚案号", f.originalCaseNo(), 100);
        TextRules.optional(v, "复议机关", f.reconsiderationOrgan(), 200);
        TextRules.optional(v, "备注", f.notes(), 2000);
        if (f.receivedDate() == null) {
            v.add(new RuleViolation("收案日期", "收案日期不能为空"));
        } else {
            if (f.concludedDate() != null && f.concludedDate().isBefore(f.receivedDate())) {
                v.add(new RuleViolation("审结日期", "审结日期不能早于收案日期"));
            }
            if (f.replyDueDate() != null && f.replyDueDate().isBefore(f.receivedDate())) {
                v.add(new RuleViolation("答复期限", "答复期限不能早于收案日期"));
            }
        }
        if (f.concludedDate() != null && f.outcome() == null) {
            v.add(new RuleViolation("复议结果", "已审结的复议案件须填写复议结果"));
        }
        if (f.outcome() != null && f.concludedDate() == null) {
            v.add(new RuleViolation("审结日期", "填写了复议结果的案件须填写审结日期"));
        }
        if (f.redoOrdered() && !REVOCATIONS.contains(f.outcome())) {
            v.add(new RuleViolation("责令重新作出",
                    "责令重新作出只能与撤销或部分撤销的复议决定一并作出（《行政复议法》第六十四条）"));
        }
        return v;
    }
}
