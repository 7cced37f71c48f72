package org.casework.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.casework.enforcement.process.EnforcementRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A model's expression finds our bean without asking the process for a variable of that name. */
@SpringBootTest
@ActiveProfiles("test")
class OwnBeansFirstInExpressionsTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementRoutes routes;

    @Test
    void ourBeanResolvesWithoutAVariableLookupAndVariablesStillResolve() {
        VariableScope scope = mock(VariableScope.class);
        when(scope.hasVariable("caseId")).thenReturn(true);
        when(scope.getVariable("caseId")).thenReturn(42L);

        assertThat(evaluate("${enforcementRoutes}", scope)).isSameAs(routes);
        verify(scope, never()).hasVariable(anyString());
        assertThat(evaluate("${caseId}", scope)).as("a variable, as before").isEqualTo(42L);
    }

    private Object evaluate(String text, VariableScope scope) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Command<Object> command = context -> configuration.getExpressionManager().createExpression(text).getValue(scope);
        return configuration.getCommandExecutorTxRequired().execute(command);
    }
}
