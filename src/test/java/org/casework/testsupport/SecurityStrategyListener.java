package org.casework.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin's security-context strategy keeps its thread-local per instance, and every Spring test
 * context makes its own instance and installs it as the global one. When the test framework switches
 * back to a cached context, the global holder still points at the newest instance while that context's
 * method security reads its own: a signed-in test user would look signed out. Before each test, this
 * points the global holder at the strategy of the context the test runs in (tests only).
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class).getIfAvailable();
            if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
