package org.casework.tasks;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.casework.base.BusinessRuleException;
import org.casework.tasks.TaskInboxService.TaskItem;

/**
 * {@link TaskForms} for a process whose tasks are all worked on one record page (the page shows the
 * open step's form) and are never sent back: the page is {@code routePrefix + the record id}, read
 * from the process variable that carries it.
 */
public abstract class RecordPageTaskForms implements TaskForms {

    private final RuntimeService runtime;
    private final String processKey;
    private final String idVariable;
    private final String routePrefix;
    private final String noReturn;

    protected RecordPageTaskForms(RuntimeService runtime, String processKey, String idVariable, String routePrefix,
                                  String noReturn) {
        this.runtime = runtime;
        this.processKey = processKey;
        this.idVariable = idVariable;
        this.routePrefix = routePrefix;
        this.noReturn = noReturn;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(processKey);
    }

    @Override
    public String formRoute(TaskItem task) {
        Object id = runtime.getVariable(task.processInstanceId(), idVariable);
        return routePrefix + ((Number) id).longValue();
    }

    @Override
    public List<ReturnTarget> returnTargets(TaskItem task) {
        return List.of();
    }

    @Override
    public void onReturn(TaskItem task, ReturnTarget target, String reason) {
        throw new BusinessRuleException(noReturn);
    }
}
