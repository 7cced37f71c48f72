package org.casework.base;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The models' expressions name our beans ({@code ${enforcementRoutes.caseFiled(execution)}},
 * {@code ${mediationFacts.…}}, {@code #{recordClockWarning}}). Camunda resolves a name as a process
 * variable before it asks Spring, and to learn that no variable has that name it reads the variables of
 * every scope from the task up to the process instance, one query per scope not yet read in the command.
 * Here a name that is one of our own beans (a class of {@code org.casework}) resolves to the bean at once;
 * every other name (the variables {@code caseId}, {@code disputeId}, Camunda's {@code execution}, other
 * beans) goes the usual way. So no process variable may be named like one of our beans; none is.
 */
@Component
class OwnBeansFirstInExpressions extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;

    OwnBeansFirstInExpressions(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SpringExpressionManager(context, configuration.getBeans()) {
            @Override
            protected ELResolver createElResolver() {
                CompositeELResolver resolver = new CompositeELResolver();
                resolver.add(new OwnBeans(context));
                resolver.add(super.createElResolver());
                return resolver;
            }
        });
    }

    /** Resolves a top-level name that is one of our beans; the answer per name is kept. */
    static final class OwnBeans extends ELResolver {

        private final ApplicationContext context;
        private final Map<String, Boolean> ours = new ConcurrentHashMap<>();

        OwnBeans(ApplicationContext context) {
            this.context = context;
        }

        boolean isOurs(String name) {
            return ours.computeIfAbsent(name, n -> {
                if (!context.containsBean(n)) {
                    return false;
                }
                Class<?> type = context.getType(n);
                return type != null && type.getName().startsWith("org.casework.");
            });
        }

        @Override
        public Object getValue(ELContext elContext, Object base, Object property) {
            if (base == null && property instanceof String name && isOurs(name)) {
                elContext.setPropertyResolved(true);
                return context.getBean(name);
            }
            return null;
        }

        @Override
        public Class<?> getType(ELContext elContext, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext elContext, Object base, Object property, Object value) {
            if (base == null && property instanceof String name && isOurs(name)) {
                throw new PropertyNotWritableException("表达式不能改写应用的组件：" + name);
            }
        }

        @Override
        public boolean isReadOnly(ELContext elContext, Object base, Object property) {
            if (base == null && property instanceof String name && isOurs(name)) {
                elContext.setPropertyResolved(true);
                return true;
            }
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext elContext, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext elContext, Object base) {
            return base == null ? Object.class : null;
        }
    }
}
