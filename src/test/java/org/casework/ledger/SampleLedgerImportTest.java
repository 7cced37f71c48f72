package org.casework.ledger;

/** The sample ledger on the embedded H2 database. */
@LedgerSpringTest
class SampleLedgerImportTest extends SampleLedgerImportCheck {
}
