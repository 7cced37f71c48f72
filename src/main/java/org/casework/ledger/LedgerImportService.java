package org.casework.ledger;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.casework.audit.AuditService;
import org.casework.ledger.read.LedgerFiles;
import org.casework.ledger.read.LedgerWorkbook;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a ledger (spec/ledger-import.md) for an administrator or a leader: all or nothing, in one
 * transaction; every error of the file reported at once; one summary audit entry instead of one per
 * record; every attempt kept in the import history. The feature services enforce the rules and the
 * caller's organisation scope. Imports run one at a time.
 */
@Service
public class LedgerImportService {

    /** The template's file name, for downloads. */
    public static final String TEMPLATE_FILE_NAME = LedgerTemplate.FILE_NAME;

    private final CurrentUser currentUser;
    private final OrgService orgService;
    private final LedgerTargets targets;
    private final EntityManager entityManager;
    private final AuditService audit;
    private final LedgerImportHistory history;
    private final TransactionTemplate importTransaction;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    LedgerImportService(CurrentUser currentUser, OrgService orgService, LedgerTargets targets, EntityManager entityManager,
                        AuditService audit, LedgerImportHistory history, PlatformTransactionManager transactions) {
        this.currentUser = currentUser;
        this.orgService = orgService;
        this.targets = targets;
        this.entityManager = entityManager;
        this.audit = audit;
        this.history = history;
        this.importTransaction = new TransactionTemplate(transactions);
        this.importTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Imports the file (an XLSX workbook or a ZIP of CSV files; {@code fileName} as uploaded). Returns
     * the counts per sheet, or the errors when anything is wrong, in which case nothing was written.
     *
     * @throws LedgerFileException when the file cannot be read as a ledger at all
     */
    public LedgerImportResult importFile(Path file, String fileName, ImportProgress progress) {
        UserContext user = currentUser.require(Role.ADMIN, Role.LEADER);
        oneAtATime.lock();
        try {
            long historyId = history.started(fileName, user.username());
            LedgerImportResult result;
            try (LedgerWorkbook workbook = LedgerFiles.open(file, fileName)) {
                result = AuditService.inBulk(() -> runInTransaction(workbook, progress, historyId, fileName));
            } catch (LedgerFileException e) {
                history.finished(historyId, LedgerImportEntry.Outcome.REJECTED, "文件无法读取：" + e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                history.finished(historyId, LedgerImportEntry.Outcome.FAILED, "系统错误：" + e);
                throw e;
            }
            LedgerImportEntry.Outcome outcome = result.accepted() ? LedgerImportEntry.Outcome.SUCCEEDED
                    : result.aborted() ? LedgerImportEntry.Outcome.FAILED : LedgerImportEntry.Outcome.REJECTED;
            history.finished(historyId, outcome, result.summary());
            if (!result.accepted()) {
                audit.record("导入台账被拒绝", "LedgerImport", historyId, fileName + "：" + result.summary());
            }
            return result;
        } finally {
            oneAtATime.unlock();
        }
    }

    private LedgerImportResult runInTransaction(LedgerWorkbook workbook, ImportProgress progress, long historyId,
                                                String fileName) {
        try {
            return importTransaction.execute(status -> {
                LedgerImportResult result = new ImportRun(workbook, targets, orgService, currentUser, entityManager,
                        progress).run();
                if (result.accepted()) {
                    audit.record("导入台账", "LedgerImport", historyId, fileName + "：" + result.summary());
                } else {
                    status.setRollbackOnly();
                }
                return result;
            });
        } catch (TransactionException e) {
            // a service marked the transaction for rollback without saying why
            return new LedgerImportResult(List.of(), List.of(new LedgerError(null, null, null,
                    "导入未能提交，未导入任何数据：" + e.getMessage())), 1, true);
        }
    }

    /** Past imports, newest first: an administrator sees all, a leader their own. */
    public List<LedgerImportEntry> history(int offset, int limit) {
        return history.latest(historyOwner(), offset, limit);
    }

    public int historyCount() {
        return history.count(historyOwner());
    }

    /** The empty template workbook: one sheet per kind with its headers, and a sheet of instructions. */
    public void writeTemplate(OutputStream out) throws IOException {
        currentUser.require(Role.ADMIN, Role.LEADER);
        LedgerTemplate.write(out);
    }

    private String historyOwner() {
        UserContext user = currentUser.require(Role.ADMIN, Role.LEADER);
        return user.has(Role.ADMIN) ? null : user.username();
    }
}
