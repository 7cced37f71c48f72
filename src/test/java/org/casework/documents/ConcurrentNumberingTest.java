package org.casework.documents;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link ConcurrentNumberingContract} on the in-memory H2 database (MySQL mode). */
@SpringBootTest
@ActiveProfiles("test")
class ConcurrentNumberingTest extends ConcurrentNumberingContract {
}
