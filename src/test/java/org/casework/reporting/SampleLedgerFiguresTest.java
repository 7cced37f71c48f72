package org.casework.reporting;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The sample ledger's 2520 expected figures, on H2. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class SampleLedgerFiguresTest extends SampleLedgerFiguresCheck {
}
