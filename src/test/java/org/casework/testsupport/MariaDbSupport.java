package org.casework.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
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

    /** The prefix of the driver's properties in the {@code mysql} profile. */
    private static final String DRIVER_PROPERTY = "spring.datasource.hikari.data-source-properties.";

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
     * {@code CASEWORK_TEST_DB_URL}, with the profile's pool, driver and Hibernate settings (read from
     * {@code application-mysql.properties}, so a benchmark measures what production runs; the driver's
     * properties are added to the URL, where the benchmark's report shows them): among them
     * {@code nullDatabaseMeansCurrent} (Camunda's schema check would otherwise find another database's ACT_*
     * tables), the driver's statement cache, and the dialect given instead of read from the metadata.
     */
    public static void register(DynamicPropertyRegistry registry) {
        StringBuilder url = new StringBuilder(url());
        for (Map.Entry<String, String> setting : mysqlProfile().entrySet()) {
            if (setting.getKey().startsWith(DRIVER_PROPERTY)) {
                String name = setting.getKey().substring(DRIVER_PROPERTY.length());
                if (!url.toString().contains(name + "=")) {
                    url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(setting.getValue());
                }
            } else {
                registry.add(setting.getKey(), setting::getValue);
            }
        }
        registry.add("spring.datasource.url", url::toString);
        registry.add("spring.datasource.username", MariaDbSupport::user);
        registry.add("spring.datasource.password", MariaDbSupport::password);
    }

    /** The {@code mysql} profile's settings of the pool, the driver and Hibernate. */
    private static Map<String, String> mysqlProfile() {
        try {
            Properties profile = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-mysql.properties"));
            Map<String, String> settings = new TreeMap<>();
            for (String key : profile.stringPropertyNames()) {
                if (key.startsWith("spring.datasource.hikari.") || key.startsWith("spring.jpa.")) {
                    settings.put(key, profile.getProperty(key));
                }
            }
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
