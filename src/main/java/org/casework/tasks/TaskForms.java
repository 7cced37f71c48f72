package org.casework.tasks;

import java.util.List;
import java.util.Set;
import org.casework.tasks.TaskInboxService.TaskItem;

/**
 * What a feature tells the generic inbox about the tasks of its processes: where a task is worked,
 * and to which earlier steps it may be returned. Implemented by a Spring bean of the feature (e.g.
 * enforcement for its penalty procedures); the inbox finds it by process definition key.
 */
public interface TaskForms {

    /** The process definition keys whose tasks this feature handles. */
    Set<String> processKeys();

    /** The route of the screen where the task is worked (e.g. {@code enforcement/work/12}). */
    String formRoute(TaskItem task);

    /** The earlier steps this task may be sent back to (empty: none). */
    List<ReturnTarget> returnTargets(TaskItem task);

    /**
     * Called in the return's transaction before the engine moves the token: the feature records the
     * return (timeline, reason) and resets what the earlier step must redo, or refuses with a
     * {@link org.casework.base.BusinessRuleException}.
     */
    void onReturn(TaskItem task, ReturnTarget target, String reason);

    /** An earlier step a task may be returned to: its BPMN activity id and its name. */
    record ReturnTarget(String activityId, String name) {
    }
}
