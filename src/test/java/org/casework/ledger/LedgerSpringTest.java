package org.casework.ledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring test of the ledger import on an in-memory H2 database of its own: imports commit (they run
 * in their own transaction), so they must not leave organisations and records in the database the
 * other features' tests count in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ledger;MODE=MySQL;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
public @interface LedgerSpringTest {
}
