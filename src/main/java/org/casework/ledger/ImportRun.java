package org.casework.ledger;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.KnownNumbers;
import org.casework.base.NotFoundException;
import org.casework.base.RuleViolation;
import org.casework.ledger.read.LedgerRow;
import org.casework.ledger.read.LedgerWorkbook;
import org.casework.org.ImportOrgs;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import of one file, inside the caller's transaction: every sheet in dependency order, every row
 * parsed and handed to its feature service, every problem collected. It never stops at the first
 * error, so that the office gets the whole list at once; the caller rolls back when there is any.
 */
final class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    /**
     * Rows between two flushes (and clears) of the persistence context. Every row: the services' queries
     * flush the context automatically, and the dirty checking that costs grows with the context; one
     * row's entities keep both that cost and the memory flat.
     */
    static final int FLUSH_EVERY = 1;
    private static final int PROGRESS_EVERY = 100;

    private static final List<RowSheet<?>> ROW_SHEETS = List.of(new OfficerRows(), new MediatorRows(),
            new InspectionRows(), new PenaltyCaseRows(), new ReconsiderationRows(), new LitigationRows(),
            new DisputeRows(), new PetitionRows());

    /** Stops reading after a failure that leaves the transaction unusable. */
    private static final class Aborted extends RuntimeException {
        Aborted() {
            super(null, null, false, false);
        }
    }

    private final LedgerWorkbook workbook;
    private final LedgerTargets targets;
    private final OrgService orgService;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final ImportProgress progress;
    private final OrgDirectory orgs;

    private final List<LedgerError> errors = new ArrayList<>();
    private int errorCount;
    private boolean aborted;
    private final Map<LedgerSheet, int[]> counts = new EnumMap<>(LedgerSheet.class);
    private final Map<LedgerSheet, Integer> rowsDone = new EnumMap<>(LedgerSheet.class);
    private int rowsSinceFlush;

    ImportRun(LedgerWorkbook workbook, LedgerTargets targets, OrgService orgService, CurrentUser currentUser,
              EntityManager entityManager, ImportProgress progress) {
        this.workbook = workbook;
        this.targets = targets;
        this.orgService = orgService;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.progress = progress;
        this.orgs = new OrgDirectory(orgService.all());
    }

    LedgerImportResult run() {
        workbook.problems().forEach(this::error);
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (LedgerSheet sheet : workbook.sheets()) {
            counts.put(sheet, new int[3]);
            totals.put(sheet.title(), workbook.estimatedRows(sheet));
        }
        progress.started(totals);
        try {
            importOrganisations();
            // the organisation tree is settled now: the user's scope and the codes are looked up once
            currentUser.pinnedDuring(() -> ImportOrgs.cachedDuring(() -> KnownNumbers.collectedDuring(() -> {
                for (RowSheet<?> rows : ROW_SHEETS) {
                    if (counts.containsKey(rows.sheet())) {
                        importRows(rows);
                    }
                }
                flush(null);
                return null;
            })));
        } catch (Aborted e) {
            aborted = true;
        }
        errors.sort(Comparator.comparingInt((LedgerError e) -> sheetOrder(e.sheet()))
                .thenComparing(LedgerError::row, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<LedgerImportResult.SheetCount> sheets = new ArrayList<>();
        counts.forEach((sheet, c) -> sheets.add(new LedgerImportResult.SheetCount(sheet.title(), c[0], c[1], c[2])));
        return new LedgerImportResult(sheets, errors, errorCount, aborted);
    }

    /** Errors are listed sheet by sheet in import order (a file-level problem first), then by row. */
    private static int sheetOrder(String title) {
        return title == null ? -1 : LedgerSheet.byTitle(title).map(Enum::ordinal).orElse(-1);
    }

    OrgDirectory orgs() {
        return orgs;
    }

    void error(LedgerError error) {
        errorCount++;
        if (errors.size() < LedgerImportResult.MAX_LISTED_ERRORS) {
            errors.add(error);
        }
    }

    void count(LedgerSheet sheet, ImportOutcome outcome) {
        counts.get(sheet)[outcome.ordinal()]++;
    }

    void rowDone(LedgerSheet sheet) {
        int done = rowsDone.merge(sheet, 1, Integer::sum);
        if (done % PROGRESS_EVERY == 0) {
            progress.advanced(sheet.title(), done);
        }
    }

    private void importOrganisations() {
        boolean units = counts.containsKey(LedgerSheet.ORGANISATIONS);
        boolean bodies = counts.containsKey(LedgerSheet.MEDIATION_BODIES);
        if (!units && !bodies) {
            return;
        }
        List<LedgerRow> unitRows = new ArrayList<>();
        List<LedgerRow> bodyRows = new ArrayList<>();
        if (units) {
            workbook.read(LedgerSheet.ORGANISATIONS, unitRows::add).forEach(this::error);
        }
        if (bodies) {
            workbook.read(LedgerSheet.MEDIATION_BODIES, bodyRows::add).forEach(this::error);
        }
        new OrgUnits(orgService, currentUser, this).importAll(unitRows, bodyRows);
        sheetDone(LedgerSheet.ORGANISATIONS);
        sheetDone(LedgerSheet.MEDIATION_BODIES);
        flush(null);
    }

    private <T> void importRows(RowSheet<T> rows) {
        Map<String, Integer> seen = new HashMap<>();
        workbook.read(rows.sheet(), row -> importRow(rows, row, seen)).forEach(this::error);
        sheetDone(rows.sheet());
    }

    private <T> void importRow(RowSheet<T> rows, LedgerRow row, Map<String, Integer> seen) {
        rowDone(rows.sheet());
        RowParser parser = new RowParser(row, orgs);
        String identity = rows.identity(row);
        Integer first = identity == null ? null : seen.putIfAbsent(identity, row.number());
        if (first != null) {
            parser.error(rows.identityColumn(row), "与第 " + first + " 行重复：" + rows.identityLabel() + "相同的记录在一个文件中只能出现一次");
        }
        T record = rows.parse(parser);
        if (parser.hasErrors()) {
            parser.errors().forEach(this::error);
            return;
        }
        try {
            count(rows.sheet(), rows.save(record, targets));
        } catch (BusinessRuleException e) {
            for (RuleViolation v : e.violations()) {
                error(new LedgerError(rows.sheet().title(), row.number(), v.field(), v.message()));
            }
        } catch (AccessDeniedException | NotFoundException e) {
            error(new LedgerError(rows.sheet().title(), row.number(), rows.orgColumn(), e.getMessage()));
        } catch (RuntimeException e) {
            fail(row, e);
        }
        if (++rowsSinceFlush >= FLUSH_EVERY) {
            flush(row);
        }
    }

    private void sheetDone(LedgerSheet sheet) {
        if (counts.containsKey(sheet)) {
            progress.advanced(sheet.title(), rowsDone.getOrDefault(sheet, 0));
        }
    }

    /** Writes what the last rows changed and forgets the loaded entities, so memory stays flat. */
    private void flush(LedgerRow lastRow) {
        rowsSinceFlush = 0;
        try {
            entityManager.flush();
            entityManager.clear();
        } catch (RuntimeException e) {
            fail(lastRow, e);
        }
    }

    /** A failure the rules do not explain (a database error, a bug): reported on its row, and the import stops. */
    private void fail(LedgerRow row, RuntimeException e) {
        log.error("Ledger import stopped at {}", row, e);
        String where = row == null ? null : row.sheet().title();
        error(new LedgerError(where == null ? "" : where, row == null ? null : row.number(), null,
                "导入此处时发生系统错误，导入已中止，未导入任何数据：" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : "：" + e.getMessage())));
        throw new Aborted();
    }
}
