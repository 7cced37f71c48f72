package org.casework.reporting;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Computes a {@link YearlyReport} off the UI thread (a figure set over a large register can take longer
 * than a click should wait). Two workers: the machines are small and the database does the work.
 * The scope was checked when it was made, so the workers need no signed-in user.
 */
@Component
public class ReportRunner {

    private final FigureService figures;
    private final FigureSnapshots snapshots;
    private final ExecutorService workers;

    ReportRunner(FigureService figures, FigureSnapshots snapshots) {
        this.figures = figures;
        this.snapshots = snapshots;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "yearly-figures-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts computing; the 填报 items were read by the caller (with the user's rights). */
    public CompletableFuture<YearlyReport> start(ReportScope scope, List<ManualEntry> entries) {
        return CompletableFuture.supplyAsync(() -> compute(scope, entries), workers);
    }

    public YearlyReport compute(ReportScope scope, List<ManualEntry> entries) {
        YearlyFigures now = figures.compute(scope);
        YearlyFigures previous = figures.compute(scope.inYear(scope.year() - 1));
        Optional<FrozenFigures> frozen = snapshots.latest(scope);
        List<FigureChange> changes = frozen.map(f -> snapshots.changes(f, now)).orElse(List.of());
        return new YearlyReport(scope, now, previous, frozen, changes, entries);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
