package org.casework.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.casework.ledger.read.LedgerFiles;
import org.casework.ledger.read.LedgerWorkbook;

/**
 * For tests outside the ledger package: reads a ledger file and runs every row of the record sheets
 * through the import's own row parser (columns, dates, amounts, choices, organisation codes, required
 * cells, a record twice in one file), without a database.
 */
public final class LedgerRowCheck {

    /** What the parser said: rows read per sheet and every error. */
    public record Parsed(Map<String, Integer> rows, List<LedgerError> errors) {
    }

    private static final List<RowSheet<?>> ROW_SHEETS = List.of(new OfficerRows(), new MediatorRows(),
            new InspectionRows(), new PenaltyCaseRows(), new ReconsiderationRows(), new LitigationRows(),
            new DisputeRows(), new PetitionRows());

    private LedgerRowCheck() {
    }

    public static Parsed parse(Path file, Predicate<String> knownOrgCode) {
        Map<String, Integer> rows = new HashMap<>();
        List<LedgerError> errors = new ArrayList<>();
        try (LedgerWorkbook workbook = LedgerFiles.open(file, file.getFileName().toString())) {
            errors.addAll(workbook.problems());
            for (LedgerSheet sheet : workbook.sheets()) {
                RowSheet<?> rowSheet = ROW_SHEETS.stream().filter(r -> r.sheet() == sheet).findFirst()
                        .orElseThrow(() -> new AssertionError("not a record sheet: " + sheet.title()));
                Map<String, Integer> seen = new HashMap<>();
                errors.addAll(workbook.read(sheet, row -> {
                    rows.merge(sheet.title(), 1, Integer::sum);
                    RowParser parser = new RowParser(row, knownOrgCode);
                    String identity = rowSheet.identity(row);
                    if (identity != null && seen.putIfAbsent(identity, row.number()) != null) {
                        parser.error(rowSheet.identityColumn(row), "duplicate of row " + seen.get(identity));
                    }
                    rowSheet.parse(parser);
                    errors.addAll(parser.errors());
                }));
            }
        }
        return new Parsed(rows, errors);
    }
}
