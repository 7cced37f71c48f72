package org.casework.enforcement.perf;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Counts the JDBC statements the benchmark's calls run and the time spent executing them, by kind of
 * table: Camunda's history (ACT_HI_*), Camunda's runtime and repository (other ACT_*), and ours. The
 * pool's physical connections are wrapped (a thin proxy over connections and statements; result sets
 * are not wrapped); counting is off unless {@link #start()} was called, so the timed runs pay only the
 * proxy's pass-through.
 */
final class SqlCounter {

    /** Counts of one kind of statement. */
    static final class Tally {
        long statements;
        long nanos;
    }

    private static volatile boolean on;
    private static final Map<String, Tally> BY_KIND = new TreeMap<>();
    private static final Map<String, Tally> BY_TABLE = new TreeMap<>();
    private static final Map<String, Tally> BY_CALL = new LinkedHashMap<>();
    private static volatile String call = "?";

    private SqlCounter() {
    }

    static synchronized void start() {
        BY_KIND.clear();
        BY_TABLE.clear();
        BY_CALL.clear();
        on = true;
    }

    static synchronized void stop() {
        on = false;
    }

    /** Snapshot: kind → {statements, ms}. */
    static synchronized Map<String, Tally> byKind() {
        return copy(BY_KIND);
    }

    static synchronized Map<String, Tally> byTable() {
        return copy(BY_TABLE);
    }

    /** Key: the call's name, then the kind of table ("decide / camunda history"). */
    static synchronized Map<String, Tally> byCall() {
        return copy(BY_CALL);
    }

    /** Names the service call whose statements follow. */
    static void call(String name) {
        call = name;
    }

    private static Map<String, Tally> copy(Map<String, Tally> source) {
        Map<String, Tally> out = new LinkedHashMap<>();
        source.forEach((k, v) -> {
            Tally t = new Tally();
            t.statements = v.statements;
            t.nanos = v.nanos;
            out.put(k, t);
        });
        return out;
    }

    private static synchronized void count(String sql, int statements, long nanos) {
        String s = sql == null ? "?" : sql.trim();
        String verb = s.isEmpty() ? "?" : s.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        String table = table(s);
        String kind = table.startsWith("ACT_HI_") ? "camunda history" : table.startsWith("ACT_") ? "camunda runtime" : "casework";
        add(BY_KIND, kind, statements, nanos);
        add(BY_TABLE, table + " " + verb, statements, nanos);
        add(BY_CALL, call + " / " + kind, statements, nanos);
    }

    private static void add(Map<String, Tally> map, String key, int statements, long nanos) {
        Tally t = map.computeIfAbsent(key, k -> new Tally());
        t.statements += statements;
        t.nanos += nanos;
    }

    /** The first table named after FROM, INTO or UPDATE (upper case), or "?". */
    static String table(String sql) {
        String u = sql.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (String word : new String[] {" FROM ", "INSERT INTO ", "UPDATE ", "DELETE FROM "}) {
            int i = u.indexOf(word);
            if (i >= 0) {
                String rest = u.substring(i + word.length()).trim();
                String name = rest.split("[ (,;]", 2)[0].replace("`", "").replace("\"", "");
                int dot = name.lastIndexOf('.');
                return dot >= 0 ? name.substring(dot + 1) : name;
            }
        }
        return "?";
    }

    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement st && method.getName().startsWith("prepare")) {
                        return statement(st, (String) args[0]);
                    }
                    if (result instanceof Statement st) {
                        return statement(st, null);
                    }
                    return result;
                });
    }

    private static Statement statement(Statement target, String preparedSql) {
        Class<?>[] types = target instanceof java.sql.CallableStatement ? new Class<?>[] {java.sql.CallableStatement.class}
                : target instanceof java.sql.PreparedStatement ? new Class<?>[] {java.sql.PreparedStatement.class}
                : new Class<?>[] {Statement.class};
        int[] batched = new int[1];
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (!on || !name.startsWith("execute")) {
                if (on && name.equals("addBatch")) {
                    batched[0]++;
                }
                return invoke(target, method, args);
            }
            long t = System.nanoTime();
            try {
                return invoke(target, method, args);
            } finally {
                long nanos = System.nanoTime() - t;
                String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                int n = name.equals("executeBatch") || name.equals("executeLargeBatch") ? Math.max(1, batched[0]) : 1;
                batched[0] = 0;
                count(sql, n, nanos);
            }
        };
        return (Statement) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), types, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Wraps the connections of the application's pool (the DataSource bean), below the pool. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wrapping {
        @Bean
        static BeanPostProcessor sqlCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof HikariDataSource pool && beanName.equals("dataSource")) {
                        // counted below the pool: Hibernate then sees the pool's own statement and result-set
                        // wrappers, so a result set's getStatement() is the statement it registered (wrapping
                        // above the pool made Hibernate re-close every INSERT's statement at commit, and H2
                        // logged each of those errors to its trace file)
                        pool.setDataSource(wrap(new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())));
                        pool.setJdbcUrl(null);
                        return pool;
                    }
                    return bean;
                }
            };
        }
    }
}
