package org.casework.documents;

import org.casework.testsupport.MariaDbTest;

/** {@link ConcurrentNumberingContract} on a real MariaDB / MySQL server (InnoDB row locks). */
@MariaDbTest
class ConcurrentNumberingMariaDbTest extends ConcurrentNumberingContract {
}
