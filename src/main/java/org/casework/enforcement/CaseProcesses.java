package org.casework.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.casework.base.BusinessRuleException;
import org.casework.base.EngineText;
import org.casework.enforcement.process.CriminalTransferProcedure;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.enforcement.process.PublicationWithdrawal;
import org.casework.enforcement.process.SimplePenaltyProcedure;
import org.casework.tasks.TaskInboxService;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * The enforcement service's hand on the engine: starts a case's processes (business key = case
 * number, the one variable = the case id), finds the step the case stands at and completes it for the
 * signed-in user, sends the investigation's messages, and moves timers when pauses or extensions
 * change a date. Everything runs in the caller's transaction, together with our tables.
 */
@Component
class CaseProcesses {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService taskService;
    private final TaskInboxService inbox;
    private final java.time.Clock clock;

    CaseProcesses(RuntimeService runtime, ManagementService management, TaskService taskService, TaskInboxService inbox,
                  java.time.Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.taskService = taskService;
        this.inbox = inbox;
        this.clock = clock;
    }

    String start(String processKey, PenaltyCase c) {
        String key = EngineText.requireBmp("案号", "案号", c.caseNo);
        return runtime.startProcessInstanceByKey(processKey, key, Map.of(GeneralPenaltyProcedure.VAR_CASE_ID, c.id)).getId();
    }

    /** Starts the withdrawal of a published decision (its own process: the case may be closed already). */
    void startWithdrawal(PenaltyCase c) {
        start(PublicationWithdrawal.KEY, c);
    }

    /**
     * The open task of this step, taken by the signed-in user (claimed for them), or a refusal naming
     * the step the case is not at.
     */
    TaskItem take(CaseFile f, String taskKey, String stepName) {
        java.util.Optional<TaskItem> mine = inbox.openTaskForMe(f.record.processInstanceId, taskKey, f.record.caseNo);
        if (mine.isPresent()) {
            return mine.get();
        }
        // not at this step, someone else's task, or a task of another process of the case: tell which
        return inbox.take(find(f, taskKey).orElseThrow(() -> new BusinessRuleException("步骤",
                "案件 " + f.record.caseNo + " 当前不在“" + stepName + "”步骤，不能办理此项")));
    }

    /** Takes a task found otherwise (e.g. by its local variable) for the signed-in user. */
    TaskItem takeTask(TaskItem task) {
        return inbox.take(task);
    }

    /** Completes a step the user took; the process runs on to its next wait state in this transaction. */
    void complete(TaskItem task) {
        inbox.complete(task);
    }

    boolean isAt(CaseFile f, String taskKey) {
        return find(f, taskKey).isPresent();
    }

    java.util.Optional<TaskItem> find(CaseFile f, String taskKey) {
        String main = f.record.processInstanceId;
        java.util.Optional<TaskItem> inMain = inbox.openTask(main, taskKey, f.record.caseNo);
        if (inMain.isPresent() || !taskKey.equals(CriminalTransferProcedure.TASK_DECIDE_TRANSFER)
                && !taskKey.equals(CriminalTransferProcedure.TASK_TRANSFER_CASE)
                && !taskKey.equals(CriminalTransferProcedure.TASK_RECORD_RECEIVER_ANSWER)
                && !taskKey.equals(PublicationWithdrawal.TASK_WITHDRAW_PUBLICATION)) {
            return inMain;
        }
        return inbox.openTasks(otherInstances(f)).stream().filter(t -> t.definitionKey().equals(taskKey)).findFirst();
    }

    /** Every open task of the case, in its main process and the processes started for it. */
    List<TaskItem> openTasks(CaseFile f) {
        List<String> ids = new ArrayList<>();
        ids.add(f.record.processInstanceId);
        ids.addAll(otherInstances(f));
        return inbox.openTasks(ids);
    }

    void correlate(CaseFile f, String message, Map<String, Object> localVariables) {
        var builder = runtime.createMessageCorrelation(message).processInstanceId(f.record.processInstanceId);
        localVariables.forEach(builder::setVariableLocal);
        builder.correlate();
    }

    /** Whether the process of the case is still running (an archived case's has ended). */
    boolean running(CaseFile f) {
        return f.record.processInstanceId != null
                && runtime.createProcessInstanceQuery().processInstanceId(f.record.processInstanceId).count() > 0;
    }

    /**
     * Moves the 90-day clock's timers to the dates the clock now gives (their expressions are evaluated
     * again), or holds them while a pause runs: the day 60 and day 80 warnings and the expiry do not
     * fire during a suspension or hearing.
     */
    void rescheduleClockTimers(CaseFile f, boolean paused) {
        for (Job job : clockTimers(f)) {
            if (paused) {
                if (!job.isSuspended()) {
                    management.suspendJobById(job.getId());
                }
            } else {
                if (job.isSuspended()) {
                    management.activateJobById(job.getId());
                }
                management.recalculateJobDuedate(job.getId(), false);
            }
        }
    }

    /** Sets the due date of the open task of a step (after an extension or deferral changed it). */
    void updateDueDate(CaseFile f, String taskKey, java.time.LocalDate due) {
        find(f, taskKey).ifPresent(item -> {
            org.camunda.bpm.engine.task.Task t = taskService.createTaskQuery().taskId(item.id()).singleResult();
            t.setDueDate(due == null ? null : java.util.Date.from(due.atTime(org.casework.calendar.WorkingDayTimers.END_OF_DAY)
                    .atZone(clock.getZone()).toInstant()));
            taskService.saveTask(t);
        });
    }

    /** Hands the open tasks of one user in the case to another (after a recusal replaced an officer); null = the group. */
    void reassign(CaseFile f, String from, String to) {
        openTasks(f).stream().filter(t -> from != null && from.equals(t.assignee()))
                .forEach(t -> taskService.setAssignee(t.id(), to));
    }

    /** Completes the step if the case stands there (a payment in full ends the wait for it); no user check. */
    boolean completeIfOpen(CaseFile f, String taskKey) {
        var task = find(f, taskKey);
        task.ifPresent(t -> inbox.complete(t.id()));
        return task.isPresent();
    }

    /** The open task of a step whose local variable has the value (e.g. the preservation it decides). */
    java.util.Optional<TaskItem> findWhere(CaseFile f, String taskKey, String variable, Object value) {
        return openTasks(f).stream().filter(t -> t.definitionKey().equals(taskKey))
                .filter(t -> value.equals(taskService.getVariable(t.id(), variable))).findFirst();
    }

    /** Moves the payment timer after a deferral or instalments were granted. */
    void reschedulePaymentTimer(CaseFile f) {
        management.createJobQuery().processInstanceId(f.record.processInstanceId)
                .activityId(GeneralPenaltyProcedure.TIMER_PAYMENT_OVERDUE).timers().list()
                .forEach(job -> management.recalculateJobDuedate(job.getId(), false));
    }

    private List<Job> clockTimers(CaseFile f) {
        List<Job> jobs = new ArrayList<>();
        for (String timer : GeneralPenaltyProcedure.CLOCK_TIMERS) {
            jobs.addAll(management.createJobQuery().processInstanceId(f.record.processInstanceId).activityId(timer).timers().list());
        }
        return jobs;
    }

    private List<String> otherInstances(CaseFile f) {
        List<String> ids = new ArrayList<>();
        if (f.record.processInstanceId != null) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(f.record.processInstanceId).list()
                    .forEach(pi -> ids.add(pi.getId()));
        }
        runtime.createProcessInstanceQuery().processDefinitionKey(PublicationWithdrawal.KEY).processInstanceBusinessKey(f.record.caseNo)
                .variableValueEquals(PublicationWithdrawal.VAR_CASE_ID, f.record.id).list().forEach(pi -> ids.add(pi.getId()));
        return ids;
    }

    static boolean isSimple(String processKey) {
        return SimplePenaltyProcedure.KEY.equals(processKey);
    }
}
