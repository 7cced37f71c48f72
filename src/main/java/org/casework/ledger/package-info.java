/**
 * Ledger import (台账导入): an office's past records, from an XLSX workbook or a ZIP of CSV files, into the
 * same records the screens log, through the feature services' import methods, all or nothing.
 * The contract is spec/ledger-import.md.
 */
package org.casework.ledger;
