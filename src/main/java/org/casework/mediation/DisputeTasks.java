package org.casework.mediation;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.casework.base.BusinessRuleException;
import org.casework.base.EngineText;
import org.casework.mediation.process.DisputeMediationProcess;
import org.casework.security.UserContext;
import org.springframework.stereotype.Component;

/**
 * The engine side of a dispute: starts its process, finds the open task of a step, claims and completes
 * it, and moves a timer. Callers have checked role and scope; this class checks only who holds a task.
 */
@Component
class DisputeTasks {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    DisputeTasks(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** Starts the mediation process of a dispute; returns the process instance id. */
    String start(String disputeNo, long disputeId) {
        return runtime.startProcessInstanceByKey(DisputeMediationProcess.PROCESS_ID, EngineText.requireBmp("编号", disputeNo),
                Map.of(DisputeMediationProcess.VAR_DISPUTE_ID, disputeId)).getId();
    }

    /** The open tasks of the process, oldest first. */
    List<Task> open(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(processInstanceId).active().orderByTaskCreateTime().asc().list();
    }

    /** The open task of the step, which the user may work (unclaimed or claimed by the user); refused otherwise. */
    Task require(Dispute d, MediationStep step, UserContext user) {
        if (d.processInstanceId == null) {
            throw new BusinessRuleException("流程", "纠纷“" + d.disputeNo + "”不是通过调解流程办理的（如台账导入的记录），不能办理流程环节");
        }
        List<Task> open = open(d.processInstanceId);
        Task task = open.stream().filter(t -> step.taskKey().equals(t.getTaskDefinitionKey())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("流程", "纠纷“" + d.disputeNo + "”当前不在“" + step.label() + "”环节"
                        + (open.isEmpty() ? "（流程已结束）" : "（当前环节：" + String.join("、", open.stream().map(Task::getName).toList()) + "）")));
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new BusinessRuleException("流程", "“" + step.label() + "”已由 " + task.getAssignee() + " 签收办理，请由其办理或先退回");
        }
        return task;
    }

    /** Completes the task as the user (claiming it first when nobody holds it). */
    void complete(Task task, UserContext user) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user.username());
        }
        tasks.complete(task.getId());
    }

    Task find(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new BusinessRuleException("流程", "该环节已办结或不存在");
        }
        return task;
    }

    void claim(Task task, UserContext user) {
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new BusinessRuleException("流程", "“" + task.getName() + "”已由 " + task.getAssignee() + " 签收");
        }
        tasks.setAssignee(task.getId(), user.username());
    }

    void unclaim(Task task, UserContext user) {
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new BusinessRuleException("流程", "只能退回自己签收的环节");
        }
        tasks.setAssignee(task.getId(), null);
    }

    /** Moves the pending timer of an activity (e.g. after an extension); false when there is none. */
    boolean moveTimer(String processInstanceId, String activityId, Date due) {
        List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().list();
        jobs.forEach(j -> management.setJobDuedate(j.getId(), due));
        return !jobs.isEmpty();
    }
}
