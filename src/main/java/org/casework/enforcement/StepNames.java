package org.casework.enforcement;

import static java.util.Map.entry;

import java.util.Map;
import org.casework.enforcement.process.CriminalTransferProcedure;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.enforcement.process.PublicationWithdrawal;
import org.casework.enforcement.process.SimplePenaltyProcedure;

/** The Chinese names of the steps, as the timeline records them and refusals name them. */
final class StepNames {

    static final String LEAD = "线索登记";
    static final String CLOCK = "办案期限";
    static final String EVIDENCE = "调查取证";
    static final String MEASURES = "行政强制措施";
    static final String PAYMENT = "罚没款缴纳";
    static final String PUBLICATION = "信息公开";

    private static final Map<String, String> NAMES = Map.ofEntries(
            entry(GeneralPenaltyProcedure.TASK_CHECK_LEAD, "线索核查"),
            entry(GeneralPenaltyProcedure.TASK_APPROVE_FILING, "立案审批"),
            entry(GeneralPenaltyProcedure.TASK_INVESTIGATE_CASE, "调查取证"),
            entry(GeneralPenaltyProcedure.TASK_REPORT_INVESTIGATION, "调查终结报告"),
            entry(GeneralPenaltyProcedure.TASK_DECIDE_PRESERVED_EVIDENCE, "先行登记保存处理"),
            entry(GeneralPenaltyProcedure.TASK_DECIDE_RECUSAL, "回避决定"),
            entry(GeneralPenaltyProcedure.TASK_REVIEW_LEGALITY, "法制审核"),
            entry(GeneralPenaltyProcedure.TASK_REVIEW_CASE, "案件审核"),
            entry(GeneralPenaltyProcedure.TASK_REVISE_REPORT, "修改处理意见"),
            entry(GeneralPenaltyProcedure.TASK_APPROVE_PROPOSAL, "负责人审批"),
            entry(GeneralPenaltyProcedure.TASK_NOTIFY_PARTY, "事先告知"),
            entry(GeneralPenaltyProcedure.TASK_HEAR_PARTY, "陈述申辩"),
            entry(GeneralPenaltyProcedure.TASK_SCHEDULE_HEARING, "听证通知"),
            entry(GeneralPenaltyProcedure.TASK_HOLD_HEARING, "听证"),
            entry(GeneralPenaltyProcedure.TASK_REVIEW_STATEMENTS, "陈述申辩复核"),
            entry(GeneralPenaltyProcedure.TASK_DISCUSS_CASE, "集体讨论"),
            entry(GeneralPenaltyProcedure.TASK_DECIDE_CASE, "作出决定"),
            entry(GeneralPenaltyProcedure.TASK_SERVE_DECISION, "送达"),
            entry(GeneralPenaltyProcedure.TASK_PUBLISH_DECISION, "公开"),
            entry(GeneralPenaltyProcedure.TASK_COLLECT_PAYMENT, "缴纳罚没款"),
            entry(GeneralPenaltyProcedure.TASK_REMIND_PARTY, "催告"),
            entry(GeneralPenaltyProcedure.TASK_APPLY_FOR_COURT_ENFORCEMENT, "申请法院强制执行"),
            entry(GeneralPenaltyProcedure.TASK_APPROVE_CLOSING, "结案审批"),
            entry(GeneralPenaltyProcedure.TASK_ARCHIVE_CASE, "立卷归档"),
            entry(SimplePenaltyProcedure.TASK_DECIDE_ON_THE_SPOT, "当场处罚决定"),
            entry(SimplePenaltyProcedure.TASK_HAND_OVER_FINE, "当场收缴罚款交纳"),
            entry(SimplePenaltyProcedure.TASK_FILE_WITH_AGENCY, "备案"),
            entry(CriminalTransferProcedure.TASK_DECIDE_TRANSFER, "移送审批"),
            entry(CriminalTransferProcedure.TASK_TRANSFER_CASE, "移送公安机关"),
            entry(CriminalTransferProcedure.TASK_RECORD_RECEIVER_ANSWER, "公安机关审查结果"),
            entry(PublicationWithdrawal.TASK_WITHDRAW_PUBLICATION, "撤回公开信息"));

    private StepNames() {
    }

    static String of(String taskKey) {
        return NAMES.getOrDefault(taskKey, taskKey);
    }
}
