package org.casework.mediation;

import static org.casework.mediation.process.DisputeMediationProcess.TASK_ARCHIVE_CASE_FILE;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_ASSIGN_MEDIATORS;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_CHECK_WILLINGNESS;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_DECIDE_ON_TIME_LIMIT;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_HOLD_SESSION;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_RECORD_CONFIRMATION_APPLICATION;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_RECORD_COURT_DECISION;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_RECORD_ORAL_AGREEMENT;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_REGISTER_DISPUTE;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_REPORT_RISK;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_SIGN_WRITTEN_AGREEMENT;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_TERMINATE_MEDIATION;
import static org.casework.mediation.process.DisputeMediationProcess.TASK_VISIT_PARTIES;

import org.casework.base.Labelled;

/** The steps a mediator works in the mediation process: one user task each. */
public enum MediationStep implements Labelled {
    CHECK_WILLINGNESS(TASK_CHECK_WILLINGNESS, "确认当事人是否接受调解"),
    REGISTER_DISPUTE(TASK_REGISTER_DISPUTE, "受理登记并告知权利义务"),
    ASSIGN_MEDIATORS(TASK_ASSIGN_MEDIATORS, "指派调解员"),
    HOLD_SESSION(TASK_HOLD_SESSION, "调解并制作笔录"),
    REPORT_RISK(TASK_REPORT_RISK, "向公安机关报告风险"),
    DECIDE_ON_TIME_LIMIT(TASK_DECIDE_ON_TIME_LIMIT, "征得双方同意延长期限或终止调解"),
    SIGN_WRITTEN_AGREEMENT(TASK_SIGN_WRITTEN_AGREEMENT, "制作并签署调解协议书"),
    RECORD_ORAL_AGREEMENT(TASK_RECORD_ORAL_AGREEMENT, "记录口头协议"),
    TERMINATE_MEDIATION(TASK_TERMINATE_MEDIATION, "终止调解并告知其他途径"),
    VISIT_PARTIES(TASK_VISIT_PARTIES, "回访当事人"),
    RECORD_CONFIRMATION_APPLICATION(TASK_RECORD_CONFIRMATION_APPLICATION, "登记司法确认申请"),
    RECORD_COURT_DECISION(TASK_RECORD_COURT_DECISION, "记录法院确认结果"),
    ARCHIVE_CASE_FILE(TASK_ARCHIVE_CASE_FILE, "归档（一案一卷）");

    private final String taskKey;
    private final String label;

    MediationStep(String taskKey, String label) {
        this.taskKey = taskKey;
        this.label = label;
    }

    /** The id of the user task in the BPMN model. */
    public String taskKey() {
        return taskKey;
    }

    @Override
    public String label() {
        return label;
    }

    public static MediationStep ofTask(String taskKey) {
        for (MediationStep s : values()) {
            if (s.taskKey.equals(taskKey)) {
                return s;
            }
        }
        return null;
    }
}
