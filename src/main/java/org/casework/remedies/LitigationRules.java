package org.casework.remedies;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casework.base.RuleViolation;
import org.casework.base.TextRules;

/**
 * The rules a court instance must keep, on the screen and in the ledger import alike. Each violation
 * names its field by the Chinese label (= ledger column).
 */
final class LitigationRules {

    /** Results only an appeal or a retrial can have. */
    static final Set<LitigationResult> APPEAL_RESULTS = EnumSet.of(LitigationResult.APPEAL_DISMISSED, LitigationResult.REMANDED);

    private LitigationRules() {
    }

    static List<RuleViolation> check(LitigationForm f) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.orgId() == null) {
            v.add(new RuleViolation("被告", "请选择被告（本机构）"));
        }
        TextRules.required(v, "法院案号", f.courtCaseNo(), 100);
        if (f.level() == null) {
            v.add(new RuleViolation("审级", "请选择审级（一审、二审、再审）"));
        }
        TextRules.required(v, "原告", f.plaintiff(), 200);
        TextRules.optional(v, "审理法院", f.courtName(), 200);
        TextRules.optional(v, "出庭负责人", f.headName(), 100);
        TextRules.optional(v, "备注", f.notes(), 2000);
        dates(f, v);
        appearance(f, v);
        if (f.concludedDate() != null && f.result() == null) {
            v.add(new RuleViolation("裁判结果", "已审结的案件须填写裁判结果"));
        }
        if (f.result() != null && f.concludedDate() == null) {
            v.add(new RuleViolation("审结日期", "填写了裁判结果的案件须填写审结日期"));
        }
        if (f.level() == InstanceLevel.FIRST && APPEAL_RESULTS.contains(f.result())) {
            v.add(new RuleViolation("裁判结果", "驳回上诉、发回重审只适用于二审或再审"));
        }
        return v;
    }

    private static void dates(LitigationForm f, List<RuleViolation> v) {
        if (f.receivedDate() == null) {
            v.add(new RuleViolation("收到起诉状日期", "收到起诉状日期不能为空"));
            return;
        }
        if (f.hearingDate() != null && f.hearingDate().isBefore(f.receivedDate())) {
            v.add(new RuleViolation("开庭日期", "开庭日期不能早于收到起诉状日期"));
        }
        if (f.concludedDate() != null) {
            if (f.concludedDate().isBefore(f.receivedDate())) {
                v.add(new RuleViolation("审结日期", "审结日期不能早于收到起诉状日期"));
            } else if (f.hearingDate() != null && f.concludedDate().isBefore(f.hearingDate())) {
                v.add(new RuleViolation("审结日期", "审结日期不能早于开庭日期"));
            }
        }
    }

    /**
     * Who appeared: a head's appearance names the person and the role and needs a hearing. 负责人出庭 = 是
     * with the role 其他工作人员 is accepted as recorded, but it is not a head's appearance.
     */
    private static void appearance(LitigationForm f, List<RuleViolation> v) {
        boolean named = TextRules.clean(f.headName()) != null;
        if (f.headAppeared()) {
            if (!named) {
                v.add(new RuleViolation("出庭负责人", "负责人出庭的，须填写出庭负责人姓名"));
            }
            if (f.headRole() == null) {
                v.add(new RuleViolation("出庭负责人职务", "负责人出庭的，须填写出庭负责人职务"));
            }
            if (f.hearingDate() == null) {
                v.add(new RuleViolation("开庭日期", "负责人出庭的，须填写开庭日期"));
            }
            return;
        }
        if (LitigationDetail.HEAD_ROLES.contains(f.headRole())) {
            v.add(new RuleViolation("负责人出庭", "出庭人员职务为“" + f.headRole().label() + "”，负责人出庭应填“是”"));
        }
        if (named && f.headRole() == null) {
            v.add(new RuleViolation("出庭负责人职务", "填写了出庭人员的，须填写其职务"));
        }
        if (!named && f.headRole() != null) {
            v.add(new RuleViolation("出庭负责人", "填写了出庭人员职务的，须填写出庭人员姓名"));
        }
    }
}
