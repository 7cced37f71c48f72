package org.casework.petitions;

/**
 * Who is offered a petition task (Camunda candidate groups "ROLE@org code"). The handling unit's tasks go to
 * the clerks of every unit from the handling unit up to the registering office, which follows up (督办)
 * what it routed; an extension is approved by a head or leader of the same units (第三十四条: 本机关、单位负责人).
 * A review goes to the handling unit's superior (第三十五条), a re-examination to the review body's superior
 * (第三十六条); where the organisation tree ends, the top unit takes it. Clerks and leaders of those bodies
 * are offered the task.
 */
public enum TaskAudience {
    REGISTRAR,
    HANDLING_UNIT,
    APPROVERS,
    REVIEW_BODY,
    REEXAMINATION_BODY
}
