package org.casework.reporting;

import org.casework.testsupport.MariaDbTest;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/** The sample ledger's 2520 expected figures, on MariaDB (CI). */
@MariaDbTest
@AutoConfigureMockMvc
class SampleLedgerFiguresMariaDbTest extends SampleLedgerFiguresCheck {
}
