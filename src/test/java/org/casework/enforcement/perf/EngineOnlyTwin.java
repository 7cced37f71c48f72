package org.casework.enforcement.perf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;

/**
 * For the benchmark's diagnosis only: the general procedure's own model with no business code left in
 * it, to tell what the model costs the engine from what our code costs. Every expression becomes a
 * constant: the handler "officer", the candidate groups of the demo organisation, due dates and timers
 * far in the future (they never fire), and each condition true exactly where one business case went
 * (read from its history, see {@link #taken}). The scopes,
 * gateways, boundary timers, message subscriptions and candidate groups stay.
 */
final class EngineOnlyTwin {

    static final String KEY = "GeneralPenaltyProcedureEngineOnly";
    private static final String FAR_FUTURE = "2099-12-31T17:00:00";
    private static final Pattern GROUP = Pattern.compile("\\$\\{enforcementTasks\\.group\\(execution, '([A-Z_]+)'\\)}");

    private EngineOnlyTwin() {
    }

    /** The twin of the model, routed along the activities one business case passed (its history). */
    static BpmnModelInstance of(BpmnModelInstance model, List<HistoricActivityInstance> passed) {
        BpmnModelInstance twin = Bpmn.readModelFromStream(
                new ByteArrayInputStream(Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8)));
        twin.getDefinitions().getChildElementsByType(BpmnDiagram.class).forEach(d -> twin.getDefinitions().removeChildElement(d));
        Process process = twin.getModelElementsByType(Process.class).iterator().next();
        process.setId(KEY);
        process.setName("一般程序（无业务代码的同一模型）");

        for (UserTask task : twin.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaAssignee() != null) {
                task.setCamundaAssignee("officer");
            }
            if (task.getCamundaCandidateGroups() != null) {
                task.setCamundaCandidateGroups(GROUP.matcher(task.getCamundaCandidateGroups()).replaceAll("$1@320599001"));
            }
            if (task.getCamundaDueDate() != null) {
                task.setCamundaDueDate(FAR_FUTURE);
            }
        }
        twin.getModelElementsByType(TimeDate.class).forEach(d -> d.setTextContent(FAR_FUTURE));

        Map<String, Long> firstStart = new HashMap<>();
        for (HistoricActivityInstance a : passed) {
            firstStart.merge(a.getActivityId(), started(a), Math::min);
        }
        for (SequenceFlow flow : twin.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null) {
                flow.getConditionExpression().setTextContent(taken(flow, firstStart) ? "${true}" : "${false}");
            }
        }
        Bpmn.validateModel(twin);
        return twin;
    }

    /**
     * Whether the business case took this flow. The history has no rows for gateways (see
     * {@code AuditHistoryWithoutGateways}), so a flow is seen through them: it was taken when an activity
     * before its source (back through gateways) started before an activity after it (on through gateways),
     * and no other activity after the source started in between. A way back is never taken: what lies after
     * it started before what lies before it.
     */
    private static boolean taken(SequenceFlow flow, Map<String, Long> firstStart) {
        Set<FlowNode> before = recorded(flow.getSource(), firstStart, false);
        Set<FlowNode> after = recorded(flow.getTarget(), firstStart, true);
        Set<FlowNode> afterSource = recorded(flow.getSource(), firstStart, true);
        for (FlowNode p : before) {
            long from = firstStart.get(p.getId());
            for (FlowNode x : after) {
                long to = firstStart.get(x.getId());
                boolean direct = afterSource.stream().map(y -> firstStart.get(y.getId()))
                        .noneMatch(t -> t > from && t < to);
                if (from < to && direct) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The node if the case passed it, else the passed nodes next to it through gateways (forwards or backwards). */
    private static Set<FlowNode> recorded(FlowNode start, Map<String, Long> firstStart, boolean forwards) {
        Set<FlowNode> found = new HashSet<>();
        Set<FlowNode> seen = new HashSet<>();
        Deque<FlowNode> open = new ArrayDeque<>(List.of(start));
        while (!open.isEmpty()) {
            FlowNode node = open.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (firstStart.containsKey(node.getId())) {
                found.add(node);
            } else if (node instanceof Gateway || node == start) {
                for (SequenceFlow next : forwards ? node.getOutgoing() : node.getIncoming()) {
                    open.push(forwards ? next.getTarget() : next.getSource());
                }
            }
        }
        return found;
    }

    /**
     * When the activity instance started, as a point in the engine's order: its id ends in a time-based
     * UUID (the "strong" id generator), finer than the history's start time, which MariaDB keeps to the
     * second while a case runs through in less.
     */
    private static long started(HistoricActivityInstance a) {
        UUID id = UUID.fromString(a.getId().substring(a.getId().lastIndexOf(':') + 1));
        if (id.version() != 1) {
            throw new IllegalStateException("activity instance ids are not time-based UUIDs: " + a.getId());
        }
        return id.timestamp();
    }
}
