package org.casework.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.casework.calendar.WorkCalendar;
import org.casework.security.CurrentUser;
import org.casework.security.UserContext;
import org.springframework.stereotype.Service;

/**
 * The user's open workflow tasks, read through Camunda's TaskService: assigned to the user, or
 * offered to one of the user's groups (role at the user's organisation). Each task carries its due
 * date and whether it is close (≤ 3 working days) or overdue.
 */
@Service
public class TaskInboxService {

    static final int AMBER_WORKING_DAYS = 3;

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final CurrentUser current;
    private final WorkCalendar calendar;
    private final java.time.Clock clock;

    TaskInboxService(TaskService tasks, RepositoryService repository, RuntimeService runtime, CurrentUser current, WorkCalendar calendar,
                     java.time.Clock clock) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.current = current;
        this.calendar = calendar;
        this.clock = clock;
    }

    public enum DueState { NONE, OK, AMBER, RED }

    public record TaskItem(String id, String name, String processName, String businessKey, Date created,
                           LocalDate due, String assignee, DueState dueState) {
    }

    /** Tasks assigned to me, then tasks offered to my groups, most urgent first. */
    public List<TaskItem> myOpenTasks() {
        UserContext me = current.get();
        Map<String, Task> found = new LinkedHashMap<>();
        tasks.createTaskQuery().taskAssignee(me.username()).active().list().forEach(t -> found.put(t.getId(), t));
        List<String> groups = me.candidateGroups();
        if (!groups.isEmpty()) {
            tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().active().list()
                    .forEach(t -> found.putIfAbsent(t.getId(), t));
        }
        List<TaskItem> items = new ArrayList<>();
        Map<String, String> processNames = new java.util.HashMap<>();
        for (Task t : found.values()) {
            String processName = processNames.computeIfAbsent(t.getProcessDefinitionId(), this::processName);
            LocalDate due = t.getDueDate() == null ? null : t.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate();
            items.add(new TaskItem(t.getId(), t.getName(), processName, businessKey(t), t.getCreateTime(), due,
                    t.getAssignee(), dueState(due)));
        }
        items.sort(Comparator.comparing(TaskItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TaskItem::created));
        return items;
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

    private String processName(String definitionId) {
        if (definitionId == null) {
            return "";
        }
        ProcessDefinition def = repository.getProcessDefinition(definitionId);
        return def.getName() != null ? def.getName() : def.getKey();
    }

    private String businessKey(Task t) {
        if (t.getProcessInstanceId() == null) {
            return null;
        }
        var instance = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

}
