package org.casework.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * For {@link MariaDbTest}: skips (locally) or fails (on CI) when no server answers, and resets the
 * test database once per JVM before the first Spring context is built on it.
 */
public class MariaDbSupport implements ExecutionCondition, BeforeAllCallback {

    /** The same connection options as the {@code mysql} profile. */
    public static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/casework?sendFractionalSeconds=false"
            + "&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&rewriteBatchedStatements=true";

    private static final Pattern URL = Pattern.compile("(jdbc:(?:mysql|mariadb)://[^/?]+)/([A-Za-z0-9_]+)(\\?.*)?");
    private static final AtomicBoolean RESET_DONE = new AtomicBoolean();
    private static volatile String unreachable;
    private static volatile boolean probed;

    public static String url() {
        return TestEnvironment.env("CASEWORK_TEST_DB_URL", DEFAULT_URL);
    }

    /** The URL set in {@code CASEWORK_TEST_DB_URL}, or null (a benchmark then runs on H2). */
    public static String givenUrl() {
        String url = System.getenv("CASEWORK_TEST_DB_URL");
        return url == null || url.isBlank() ? null : url;
    }

    public static String user() {
        return TestEnvironment.env("CASEWORK_TEST_DB_USER", "casework");
    }

    public static String password() {
        return TestEnvironment.env("CASEWORK_TEST_DB_PASSWORD", "casework");
    }

    /**
     * Points a Spring test that runs without the {@code mysql} profile (a benchmark) at the server of
     * {@code CASEWORK_TEST_DB_URL}. Camunda's schema check asks the JDBC metadata for its tables without a
     * catalog; Connector/J then searches every database of the server unless {@code nullDatabaseMeansCurrent},
     * so another database's ACT_* tables would make it create none here. Hibernate is told the dialect
     * instead of reading the metadata.
     */
    public static void register(DynamicPropertyRegistry registry) {
        String url = url();
        String current = url.contains("nullDatabaseMeansCurrent") ? url
                : url + (url.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
        registry.add("spring.datasource.url", () -> current);
        registry.add("spring.datasource.username", MariaDbSupport::user);
        registry.add("spring.datasource.password", MariaDbSupport::password);
        registry.add("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", () -> "false");
        registry.add("spring.jpa.properties.jakarta.persistence.database-product-name", () -> "MySQL");
        registry.add("spring.jpa.properties.jakarta.persistence.database-product-version", () -> "8.0.36");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = probe();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("MariaDB/MySQL reachable at " + serverUrl());
        }
        if (TestEnvironment.onCi()) {
            throw new IllegalStateException("CI=true but the MariaDB test server is not reachable (" + problem
                    + "); the MariaDB suite must run on CI. Check CASEWORK_TEST_DB_URL/USER/PASSWORD.");
        }
        return ConditionEvaluationResult.disabled("No MariaDB/MySQL test server (" + problem
                + "). Run .ci/run, or set CASEWORK_TEST_DB_URL/USER/PASSWORD.");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        if (RESET_DONE.compareAndSet(false, true)) {
            resetDatabase();
        }
    }

    /** Drops the test database and creates it again, empty, in utf8mb4. */
    static void resetDatabase() throws SQLException {
        String db = databaseName();
        try (Connection c = connect(serverUrl()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + db + "`");
            s.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static synchronized String probe() {
        if (!probed) {
            try (Connection c = connect(serverUrl())) {
                unreachable = c.isValid(5) ? null : "connection not valid";
            } catch (SQLException | RuntimeException e) {
                unreachable = serverUrl() + ": " + e.getMessage();
            }
            probed = true;
        }
        return unreachable;
    }

    static String databaseName() {
        return parts().group(2);
    }

    /** The URL without the database, so that the database itself can be dropped and created. */
    static String serverUrl() {
        Matcher m = parts();
        return m.group(1) + "/" + (m.group(3) == null ? "" : m.group(3));
    }

    private static Matcher parts() {
        Matcher m = URL.matcher(url());
        if (!m.matches()) {
            throw new IllegalArgumentException("CASEWORK_TEST_DB_URL must look like jdbc:mysql://host:port/database[?options], was " + url());
        }
        return m;
    }

    private static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        p.setProperty("password", password());
        p.setProperty("connectTimeout", "3000");
        return DriverManager.getConnection(url, p);
    }
}
