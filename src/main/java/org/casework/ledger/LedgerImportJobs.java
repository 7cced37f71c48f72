package org.casework.ledger;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs imports started from the screen in the background, one after another, as the user who started
 * them (the services check that user's role and scope). The uploaded file is deleted afterwards.
 */
@Component
public class LedgerImportJobs {

    private static final Logger log = LoggerFactory.getLogger(LedgerImportJobs.class);

    private final LedgerImportService imports;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledger-import");
        t.setDaemon(true);
        return t;
    });

    LedgerImportJobs(LedgerImportService imports) {
        this.imports = imports;
    }

    /** Starts the import of {@code file}; call on the thread of the signed-in user. */
    public CompletableFuture<LedgerImportResult> start(Path file, String fileName, ImportProgress progress) {
        SecurityContext user = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(user);
            try {
                return imports.importFile(file, fileName, progress);
            } finally {
                SecurityContextHolder.clearContext();
                delete(file);
            }
        }, executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded ledger {}", file, e);
        }
    }
}
