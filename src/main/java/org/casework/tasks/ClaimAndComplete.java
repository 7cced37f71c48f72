package org.casework.tasks;

import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.EnsureUtil;

/**
 * Completes a task for a user, first assigning it to them when it was offered to their group: the
 * claim and the completion in one engine command, so the engine reads and writes the task once
 * (as two commands, the claim was written only to be deleted by the completion right after).
 */
final class ClaimAndComplete implements Command<Void> {

    private final String taskId;
    private final String userId;

    ClaimAndComplete(String taskId, String userId) {
        this.taskId = taskId;
        this.userId = userId;
    }

    @Override
    public Void execute(CommandContext context) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        EnsureUtil.ensureNotNull("Cannot find task with id " + taskId, "task", task);
        if (task.getAssignee() == null) {
            task.setAssignee(userId);
        } else if (!task.getAssignee().equals(userId)) {
            throw new TaskAlreadyClaimedException(taskId, task.getAssignee());
        }
        new CompleteTaskCmd(taskId, null).execute(context);
        return null;
    }
}
