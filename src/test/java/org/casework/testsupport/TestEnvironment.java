package org.casework.testsupport;

/** Where the tests run: on CI ({@code CI=true}) the integration suites must run; locally they may skip. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** An environment variable, or the fallback when it is unset or blank. */
    public static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
