package org.casework.demo;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casework.calendar.WorkCalendar;
import org.casework.ledger.ImportProgress;
import org.casework.ledger.LedgerImportResult;
import org.casework.ledger.LedgerImportService;
import org.casework.ledger.LedgerSheet;
import org.casework.security.SystemUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database in demo mode ({@code casework.demo.records}, default true),
 * imports two years of the demo district's records ({@link DemoLedger}) through the ledger import, so
 * that they obey the same rules as real data. It runs in the background once the application is ready,
 * signed in as the demo administrator: the application answers at once, and the records appear (all at
 * once: the import is one transaction) after about half a minute. A failure is logged; the application
 * goes on without the records.
 */
@Component
@ConditionalOnProperty(name = "casework.demo.enabled", havingValue = "true")
class DemoRecords {

    static final String FILE_NAME = "演示业务数据.zip";
    static final String IMPORTER = "admin";

    private static final Logger log = LoggerFactory.getLogger(DemoRecords.class);

    private final DemoData demoData;
    private final LedgerImportService imports;
    private final SystemUsers systemUsers;
    private final WorkCalendar calendar;
    private final boolean enabled;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demo-records");
        t.setDaemon(true);
        return t;
    });
    private volatile CompletableFuture<Optional<LedgerImportResult>> loading = CompletableFuture.completedFuture(Optional.empty());

    DemoRecords(DemoData demoData, LedgerImportService imports, SystemUsers systemUsers, WorkCalendar calendar,
                @Value("${casework.demo.records:true}") boolean enabled) {
        this.demoData = demoData;
        this.imports = imports;
        this.systemUsers = systemUsers;
        this.calendar = calendar;
        this.enabled = enabled;
    }

    /** Starts the import in the background when this start created the demo organisations. */
    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        if (!enabled || !demoData.createdOnThisStart()) {
            return;
        }
        loading = CompletableFuture.supplyAsync(this::load, executor).whenComplete((result, error) -> {
            if (error != null) {
                log.error("演示业务数据导入失败，未导入任何数据；应用照常运行", error);
            }
        });
    }

    /**
     * The background import: its result when it ran and was accepted or refused, empty when there was
     * nothing to do or it failed (the log says why).
     */
    CompletableFuture<Optional<LedgerImportResult>> loading() {
        return loading;
    }

    private Optional<LedgerImportResult> load() {
        long start = System.currentTimeMillis();
        long cpuStart = cpuTime();
        log.info("演示业务数据开始在后台导入（{}–{} 年）", DemoLedger.FIRST_YEAR, DemoLedger.LAST_YEAR);
        Path file = null;
        try {
            Map<LedgerSheet, List<String[]>> sheets = DemoLedger.generate(DemoLedger.SEED, calendar::isWorkingDay);
            file = Files.createTempFile("casework-demo-", ".zip");
            writeZip(file, sheets);
            Path zip = file;
            LedgerImportResult result = systemUsers.runAs(IMPORTER, () -> imports.importFile(zip, FILE_NAME, ImportProgress.NONE));
            long ms = System.currentTimeMillis() - start;
            if (result.accepted()) {
                int records = result.sheets().stream().mapToInt(LedgerImportResult.SheetCount::rows).sum();
                log.info("演示业务数据已导入：{} 条，用时 {} ms（其中本线程 CPU {} ms；{}）", records, ms,
                        (cpuTime() - cpuStart) / 1_000_000, result.summary());
            } else {
                log.error("演示业务数据导入被拒绝，未导入任何数据（用时 {} ms）：{}；前几处错误：{}", ms, result.summary(),
                        result.errors().stream().limit(10).toList());
            }
            return Optional.of(result);
        } catch (Exception e) {
            log.error("演示业务数据导入失败，未导入任何数据（用时 {} ms）；应用照常运行", System.currentTimeMillis() - start, e);
            return Optional.empty();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete {}", file, e);
                }
            }
        }
    }

    private static long cpuTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The sheets as a ZIP of UTF-8 CSV files, one per sheet (spec/ledger-import.md; RFC 4180 quoting). */
    static void writeZip(Path target, Map<LedgerSheet, List<String[]>> sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<LedgerSheet, List<String[]>> sheet : sheets.entrySet()) {
                zip.putNextEntry(new ZipEntry(sheet.getKey().title() + ".csv"));
                StringBuilder csv = new StringBuilder();
                for (String[] row : sheet.getValue()) {
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            csv.append(',');
                        }
                        String cell = row[i] == null ? "" : row[i];
                        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
                        csv.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
                    }
                    csv.append("\r\n");
                }
                zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
