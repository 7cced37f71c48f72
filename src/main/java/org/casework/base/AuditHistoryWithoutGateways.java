package org.casework.base;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.GatewayActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's {@code audit} history, except that a token passing a gateway leaves no activity-instance row.
 * A gateway is decided and left in the same instant; its row says nothing the next activity's row does not,
 * and nothing of ours reads the engine's history (a case's record of who did what and when is its own
 * timeline and the audit log). The general procedure passes 14 gateways per case: 14 of the 38 rows of
 * {@code ACT_HI_ACTINST} a case wrote, each an insert and an entity built in the step's command.
 *
 * <p>The level keeps the name and id of {@code audit}: {@code camunda.bpm.history-level=audit} selects it
 * (the engine takes the last level of a name, and custom levels come after its own), and a database
 * created with the plain audit level starts with it unchanged. Process, task, variable and every other
 * activity's history is written as before.
 */
@Component
class AuditHistoryWithoutGateways extends AbstractProcessEnginePlugin {

    static final HistoryLevel LEVEL = new Level();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        custom.add(LEVEL);
        configuration.setCustomHistoryLevels(custom);
    }

    static final class Level extends HistoryLevelAudit {

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (entity instanceof ExecutionEntity execution && isActivityInstanceEvent(eventType) && atGateway(execution)) {
                return false;
            }
            return super.isHistoryEventProduced(eventType, entity);
        }

        private static boolean isActivityInstanceEvent(HistoryEventType type) {
            return type == HistoryEventTypes.ACTIVITY_INSTANCE_START || type == HistoryEventTypes.ACTIVITY_INSTANCE_END
                    || type == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE || type == HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE;
        }

        private static boolean atGateway(ExecutionEntity execution) {
            ActivityImpl activity = execution.getActivity();
            return activity != null && activity.getActivityBehavior() instanceof GatewayActivityBehavior;
        }

        @Override
        public String toString() {
            return "audit without the activity instances of gateways (" + AuditHistoryWithoutGateways.class.getSimpleName() + ")";
        }
    }
}
