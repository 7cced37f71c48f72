package org.casework.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * For {@link BrowserTest}: skips (locally) or fails (on CI) without a system Chromium, and keeps a
 * screenshot of the page when a test fails ({@code target/browser-failures/<class>.<test>.png}).
 */
public class BrowserSupport implements ExecutionCondition, TestExecutionExceptionHandler {

    /** Debian's Chromium (apt-get install chromium); override with env {@code CHROMIUM_PATH}. */
    public static Path chromium() {
        return Paths.get(TestEnvironment.env("CHROMIUM_PATH", "/usr/bin/chromium"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path chromium = chromium();
        if (Files.isExecutable(chromium)) {
            return ConditionEvaluationResult.enabled("Chromium at " + chromium);
        }
        if (TestEnvironment.onCi()) {
            throw new IllegalStateException("CI=true but there is no Chromium at " + chromium
                    + "; the browser tests must run on CI (apt-get install chromium).");
        }
        return ConditionEvaluationResult.disabled("No Chromium at " + chromium + " (apt-get install chromium, or set CHROMIUM_PATH)");
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (context.getTestInstance().orElse(null) instanceof BrowserTestBase test) {
            test.screenshot(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
        }
        throw failure;
    }
}
