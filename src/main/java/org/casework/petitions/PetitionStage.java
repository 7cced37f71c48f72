package org.casework.petitions;

import org.casework.base.Labelled;

/**
 * The step of the petition workflow a petition is at (bpmn/petitions/PetitionProcess.bpmn), kept in our
 * table by the process itself so that lists and screens never ask the engine. Null for a petition
 * without a workflow (imported, or entered after the fact on the record form).
 */
public enum PetitionStage implements Labelled {
    ROUTING("待转送承办单位"),
    ACKNOWLEDGEMENT("待告知信访人"),
    HANDLING("办理中"),
    EXTENSION_APPROVAL("延期待审批"),
    RATING("待评价"),
    REVIEW_WINDOW("复查申请期"),
    REVIEW("复查中"),
    REEXAMINATION_WINDOW("复核申请期"),
    REEXAMINATION("复核中"),
    FINISHED("已终结");

    private final String label;

    PetitionStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Steps at which the petition is still being handled (before the reply). */
    public boolean beforeReply() {
        return this == ROUTING || this == ACKNOWLEDGEMENT || this == HANDLING || this == EXTENSION_APPROVAL;
    }
}
