package org.casework.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test against a real MariaDB / MySQL server, with the {@code mysql} profile
 * (READ_COMMITTED, MySQL 8 dialect) and demo data. The server comes from {@code CASEWORK_TEST_DB_URL},
 * {@code CASEWORK_TEST_DB_USER} and {@code CASEWORK_TEST_DB_PASSWORD} (default
 * {@value MariaDbSupport#DEFAULT_URL}, casework/casework).
 * <p>
 * The database named in the URL is <b>dropped and created again</b> once per test run, before the
 * first Spring context starts, so Flyway and Camunda really start from an empty schema.
 * Without a reachable server the tests are skipped, unless {@code CI=true}: then they fail.
 * {@code .ci/run} starts a throwaway MariaDB and runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("mariadb")
// before @SpringBootTest, so that the database is reset before the Spring context is loaded
@ExtendWith(MariaDbSupport.class)
@SpringBootTest(properties = {
        "spring.datasource.url=${CASEWORK_TEST_DB_URL:" + MariaDbSupport.DEFAULT_URL + "}",
        "spring.datasource.username=${CASEWORK_TEST_DB_USER:casework}",
        "spring.datasource.password=${CASEWORK_TEST_DB_PASSWORD:casework}",
        "camunda.bpm.job-execution.enabled=false",
        "casework.demo.enabled=true",
        "casework.demo.records=false"})
@ActiveProfiles("mysql")
public @interface MariaDbTest {
}
