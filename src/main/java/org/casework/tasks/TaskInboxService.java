package org.casework.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.EngineText;
import org.casework.base.NotFoundException;
import org.casework.calendar.WorkCalendar;
import org.casework.security.CurrentUser;
import org.casework.security.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow tasks of every feature, read and moved through Camunda's TaskService: the user's own
 * tasks (assigned to the user) and the group's (offered to a role at the user's organisation, not yet
 * claimed); claim and give back; return a task to an earlier step with a reason; and, for the
 * feature services, the check that the signed-in user may work a task before they complete it in
 * their own transaction. Each task carries its due date and whether it is close (≤ 3 working days)
 * or overdue.
 */
@Service
@Transactional(readOnly = true)
public class TaskInboxService {

    static final int AMBER_WORKING_DAYS = 3;

    private static final String OLDEST_FIRST = " ORDER BY RES.CREATE_TIME_, RES.ID_";

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final CurrentUser current;
    private final WorkCalendar calendar;
    private final Clock clock;
    private final List<TaskForms> forms;
    private final Map<String, String> processNames = new java.util.concurrent.ConcurrentHashMap<>();
    /** The active tasks of one activity in one process instance; {@link #OLDEST_FIRST} orders them. */
    private final String stepTasks;
    private final String identityLinkTable;

    TaskInboxService(TaskService tasks, RepositoryService repository, RuntimeService runtime, ManagementService management,
                     CurrentUser current, WorkCalendar calendar, Clock clock, List<TaskForms> forms) {
        String taskTable = management.getTableName(Task.class);
        this.stepTasks = "SELECT RES.* FROM " + taskTable + " RES WHERE RES.PROC_INST_ID_ = #{instance}"
                + " AND RES.TASK_DEF_KEY_ = #{step} AND RES.SUSPENSION_STATE_ = 1";
        // the engine's tables share one prefix (ACT_RU_TASK, ACT_RU_IDENTITYLINK)
        this.identityLinkTable = taskTable.substring(0, taskTable.length() - "TASK".length()) + "IDENTITYLINK";
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.current = current;
        this.calendar = calendar;
        this.clock = clock;
        this.forms = forms;
    }

    public enum DueState { NONE, OK, AMBER, RED }

    /**
     * An open workflow task as inboxes and case screens show it.
     *
     * @param definitionKey the BPMN activity id (e.g. Task_ApproveFiling)
     * @param dueState      OK, AMBER (due within 3 working days) or RED (overdue); NONE without a due date
     */
    public record TaskItem(String id, String name, String processName, String businessKey, Date created, LocalDate due,
                           String assignee, DueState dueState, String definitionKey, String processDefinitionKey,
                           String processInstanceId) {

        public boolean assigned() {
            return assignee != null;
        }
    }

    /** Tasks assigned to me, then tasks offered to my groups, most urgent first. */
    public List<TaskItem> myOpenTasks() {
        Map<String, TaskItem> found = new LinkedHashMap<>();
        myTasks().forEach(t -> found.put(t.id(), t));
        groupTasks().forEach(t -> found.putIfAbsent(t.id(), t));
        return sorted(new ArrayList<>(found.values()));
    }

    /** Tasks assigned to me. */
    public List<TaskItem> myTasks() {
        UserContext me = current.get();
        return items(tasks.createTaskQuery().taskAssignee(me.username()).active().list());
    }

    /** Unclaimed tasks offered to one of my groups (role at my organisation). */
    public List<TaskItem> groupTasks() {
        List<String> groups = current.get().candidateGroups();
        if (groups.isEmpty()) {
            return List.of();
        }
        return items(tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().active().list());
    }

    /**
     * The queue of my roles at my organisation for these processes: every open task offered to one of my
     * groups, unclaimed or already claimed by a colleague (a head or reviewer sees what waits for the post),
     * most urgent first.
     */
    public List<TaskItem> groupQueue(Collection<String> processKeys) {
        List<String> groups = current.get().candidateGroups();
        if (groups.isEmpty() || processKeys.isEmpty()) {
            return List.of();
        }
        return items(tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
                .processDefinitionKeyIn(processKeys.toArray(String[]::new)).active().list());
    }

    /** The open tasks of these process instances (a case's main process and the ones it called), oldest first. */
    public List<TaskItem> openTasks(Collection<String> processInstanceIds) {
        List<String> ids = processInstanceIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        TaskQuery q = tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).active();
        return items(q.orderByTaskCreateTime().asc().list());
    }

    /** The open task of this step in the process instance, if the case stands there. */
    public Optional<TaskItem> openTask(String processInstanceId, String definitionKey) {
        return openTask(processInstanceId, definitionKey, null);
    }

    /**
     * The open task of this step in the process instance whose business key the caller knows (the
     * instance is then not read again), if the case stands there.
     */
    public Optional<TaskItem> openTask(String processInstanceId, String definitionKey, String businessKey) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        // a native query: the task query's generic statement costs several times more to build, on every step
        return tasks.createNativeTaskQuery().sql(stepTasks + OLDEST_FIRST).parameter("instance", processInstanceId)
                .parameter("step", definitionKey).list()
                .stream().findFirst().map(t -> keyed(t, businessKey));
    }

    /**
     * The open task of this step in the process instance if the signed-in user may work it (assigned to them,
     * or unclaimed and offered to them or one of their groups), found and checked in one query. Empty when the
     * case does not stand there or the task is someone else's: {@link #take(TaskItem)} then tells which.
     */
    public Optional<TaskItem> openTaskForMe(String processInstanceId, String definitionKey, String businessKey) {
        UserContext me = current.find().orElse(null);
        if (processInstanceId == null || me == null) {
            return Optional.empty();
        }
        List<String> groups = me.candidateGroups();
        StringBuilder sql = new StringBuilder(stepTasks)
                .append(" AND (RES.ASSIGNEE_ = #{user} OR RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ")
                .append(identityLinkTable).append(" L WHERE L.TASK_ID_ = RES.ID_ AND L.TYPE_ = #{candidate}");
        offeredTo(sql, groups);
        sql.append("))").append(OLDEST_FIRST);
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql.toString()).parameter("instance", processInstanceId)
                .parameter("step", definitionKey).parameter("user", me.username())
                .parameter("candidate", IdentityLinkType.CANDIDATE);
        groupParameters(query, groups);
        return query.list().stream().findFirst().map(t -> keyed(t, businessKey));
    }

    /** Whether the signed-in user may work the task: assigned to them, or unclaimed and offered to one of their groups. */
    public boolean mayWork(TaskItem task) {
        return current.find().map(me -> mayWork(me, task.id(), task.assignee())).orElse(false);
    }

    @Transactional
    public TaskItem claim(String taskId) {
        UserContext me = current.get();
        Task t = load(taskId);
        if (t.getAssignee() != null) {
            if (t.getAssignee().equals(me.username())) {
                return item(t);
            }
            throw new BusinessRuleException("任务", "该任务已由 " + t.getAssignee() + " 签收");
        }
        requireCandidate(me, taskId);
        tasks.claim(taskId, me.username());
        return item(load(taskId));
    }

    /** Gives a claimed task back to its group. */
    @Transactional
    public void unclaim(String taskId) {
        UserContext me = current.get();
        Task t = load(taskId);
        if (!me.username().equals(t.getAssignee())) {
            throw new AccessDeniedException("只能退回本人签收的任务");
        }
        if (tasks.getIdentityLinksForTask(taskId).stream().noneMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))) {
            throw new BusinessRuleException("任务", "该任务指定由您办理，不能退回到组");
        }
        tasks.setAssignee(taskId, null);
    }

    /**
     * For feature services: the task the signed-in user is about to complete (refused when they may
     * not work it). The caller completes it with {@link #complete(TaskItem)} in the same transaction
     * as its own changes; a task offered to the user's group is claimed for them then.
     */
    public TaskItem take(TaskItem task) {
        UserContext me = current.get();
        if (!mayWork(me, task.id(), task.assignee())) {
            throw new AccessDeniedException("您不是“" + task.name() + "”的办理人员（该任务由"
                    + (task.assignee() != null ? task.assignee() + "办理" : "相应岗位的人员签收办理") + "）");
        }
        return task;
    }

    /**
     * Completes a task the signed-in user took: claimed for them if it was offered to their group,
     * then completed, in one engine command; the process runs on to its next wait state.
     */
    @Transactional
    public void complete(TaskItem task) {
        try {
            commandExecutor().execute(new ClaimAndComplete(task.id(), current.get().username()));
        } catch (TaskAlreadyClaimedException e) {
            throw new BusinessRuleException("任务", "该任务刚刚已由 " + e.getTaskAssignee() + " 签收，您的办理未保存");
        }
    }

    /** Completes a task without a user check (the process moves on by itself, e.g. a payment in full). */
    @Transactional
    public void complete(String taskId) {
        tasks.complete(taskId);
    }

    private CommandExecutor commandExecutor() {
        return ((ServiceImpl) tasks).getCommandExecutor();
    }

    /** The earlier steps the task may be returned to. */
    public List<TaskForms.ReturnTarget> returnTargets(String taskId) {
        TaskItem task = item(load(taskId));
        return formsFor(task).map(f -> f.returnTargets(task)).orElse(List.of());
    }

    /** The screen where the task is worked, if its feature told. */
    public Optional<String> formRoute(TaskItem task) {
        return formsFor(task).map(f -> f.formRoute(task));
    }

    /**
     * Returns the task to an earlier step with a reason: the feature records it, then the token moves
     * (the earlier step starts again, this task ends). One transaction.
     */
    @Transactional
    public void returnTo(String taskId, String targetActivityId, String reason) {
        UserContext me = current.get();
        TaskItem task = item(load(taskId));
        if (!mayWork(me, task.id(), task.assignee())) {
            throw new AccessDeniedException("只有该任务的办理人员可以退回");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw new BusinessRuleException("退回理由", "退回到前一步骤须填写理由");
        }
        EngineText.requireBmp("退回理由", "退回理由", why);
        TaskForms feature = formsFor(task).orElseThrow(() -> new BusinessRuleException("退回", "该任务不能退回"));
        TaskForms.ReturnTarget target = feature.returnTargets(task).stream().filter(t -> t.activityId().equals(targetActivityId))
                .findFirst().orElseThrow(() -> new BusinessRuleException("退回", "“" + task.name() + "”不能退回到所选步骤"));
        feature.onReturn(task, target, why);
        tasks.createComment(taskId, task.processInstanceId(), "退回至“" + target.name() + "”：" + why);
        runtime.createProcessInstanceModification(task.processInstanceId())
                .startBeforeActivity(target.activityId())
                .cancelAllForActivity(task.definitionKey())
                .execute();
    }

    /** OK, AMBER (due within 3 working days) or RED (overdue); NONE without a due date. */
    public DueState dueState(LocalDate due) {
        if (due == null) {
            return DueState.NONE;
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(due)) {
            return DueState.RED;
        }
        return calendar.workingDaysBetween(today, due).value() <= AMBER_WORKING_DAYS ? DueState.AMBER : DueState.OK;
    }

    private boolean mayWork(UserContext me, String taskId, String assignee) {
        if (assignee != null) {
            return assignee.equals(me.username());
        }
        return isCandidate(me, taskId);
    }

    /** Whether the task is offered to the user or one of their groups (one count, not the task's links read one by one). */
    private boolean isCandidate(UserContext me, String taskId) {
        List<String> groups = me.candidateGroups();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(identityLinkTable)
                .append(" L WHERE L.TASK_ID_ = #{task} AND L.TYPE_ = #{candidate}");
        offeredTo(sql, groups);
        NativeTaskQuery count = tasks.createNativeTaskQuery().sql(sql.toString()).parameter("task", taskId)
                .parameter("candidate", IdentityLinkType.CANDIDATE).parameter("user", me.username());
        groupParameters(count, groups);
        return count.count() > 0;
    }

    /** The condition on a candidate link {@code L}: offered to {@code #{user}} or to one of the groups. */
    private static void offeredTo(StringBuilder sql, List<String> groups) {
        sql.append(" AND (L.USER_ID_ = #{user}");
        for (int i = 0; i < groups.size(); i++) {
            sql.append(i == 0 ? " OR L.GROUP_ID_ IN (" : ", ").append("#{group").append(i).append('}');
        }
        sql.append(groups.isEmpty() ? ")" : "))");
    }

    private static void groupParameters(NativeTaskQuery query, List<String> groups) {
        for (int i = 0; i < groups.size(); i++) {
            query.parameter("group" + i, groups.get(i));
        }
    }

    private void requireCandidate(UserContext me, String taskId) {
        if (!isCandidate(me, taskId)) {
            throw new AccessDeniedException("该任务不在您的岗位范围内");
        }
    }

    private Optional<TaskForms> formsFor(TaskItem task) {
        return forms.stream().filter(f -> f.processKeys().contains(task.processDefinitionKey())).findFirst();
    }

    private Task load(String taskId) {
        Task t = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (t == null) {
            throw new NotFoundException("任务不存在或已办结：" + taskId);
        }
        return t;
    }

    private List<TaskItem> items(List<Task> list) {
        Map<String, String> keys = new HashMap<>();
        List<String> instanceIds = list.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).distinct().toList();
        if (!instanceIds.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(instanceIds)).list()
                    .forEach(pi -> keys.put(pi.getId(), pi.getBusinessKey()));
        }
        return sorted(list.stream().map(t -> item(t, keys.get(t.getProcessInstanceId()))).toList());
    }

    private TaskItem item(Task t) {
        String key = null;
        if (t.getProcessInstanceId() != null) {
            var instance = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult();
            key = instance == null ? null : instance.getBusinessKey();
        }
        return item(t, key);
    }

    /** The task as listed, with the business key the caller knows, or else looked up. */
    private TaskItem keyed(Task t, String businessKey) {
        return businessKey == null ? item(t) : item(t, businessKey);
    }

    private TaskItem item(Task t, String businessKey) {
        LocalDate due = t.getDueDate() == null ? null : t.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate();
        String definitionKey = definitionKey(t.getProcessDefinitionId());
        return new TaskItem(t.getId(), t.getName(), processName(t.getProcessDefinitionId()), businessKey, t.getCreateTime(), due,
                t.getAssignee(), dueState(due), t.getTaskDefinitionKey(), definitionKey, t.getProcessInstanceId());
    }

    private static List<TaskItem> sorted(List<TaskItem> items) {
        List<TaskItem> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(TaskItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TaskItem::created, Comparator.nullsLast(Comparator.naturalOrder())));
        return copy;
    }

    private String processName(String definitionId) {
        if (definitionId == null) {
            return "";
        }
        return processNames.computeIfAbsent(definitionId, id -> {
            ProcessDefinition def = repository.getProcessDefinition(id);
            return def.getName() != null ? def.getName() : def.getKey();
        });
    }

    private String definitionKey(String definitionId) {
        if (definitionId == null) {
            return null;
        }
        return processNames.computeIfAbsent("key:" + definitionId, id -> repository.getProcessDefinition(definitionId).getKey());
    }
}
