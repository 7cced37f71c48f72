package org.casework.petitions;

import org.casework.base.Labelled;

/** What can happen to a petition: the entries of its timeline. */
public enum PetitionEventKind implements Labelled {
    REGISTERED("登记"),
    ROUTED("转送承办单位"),
    ACKNOWLEDGED("告知信访人"),
    DUE_SOON("期限将至"),
    OVERDUE("期限届满"),
    EXTENSION_REQUESTED("申请延期"),
    EXTENSION_APPROVED("批准延期"),
    EXTENSION_REFUSED("不批准延期"),
    CLOSED("办结答复"),
    BACKLOG_FLAGGED("列为积案"),
    RATED("满意度评价"),
    REVIEW_REQUESTED("申请复查"),
    REVIEWED("复查意见"),
    REEXAMINATION_REQUESTED("申请复核"),
    REEXAMINED("复核意见"),
    FINISHED("办理终结"),
    CONVERTED_TO_DISPUTE("转为调解案件"),
    CONVERTED_TO_LEAD("转为执法线索");

    private final String label;

    PetitionEventKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
