package org.casework.ledger;

import org.casework.testsupport.MariaDbTest;

/** The sample ledger on a real MariaDB/MySQL server (CI); skipped without one. */
@MariaDbTest
class SampleLedgerImportMariaDbTest extends SampleLedgerImportCheck {

    @Override
    boolean databaseStartsEmpty() {
        return false;
    }
}
