package org.casework.ledger.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.ledger.ImportProgress;
import org.casework.ledger.LedgerError;
import org.casework.ledger.LedgerFileException;
import org.casework.ledger.LedgerImportEntry;
import org.casework.ledger.LedgerImportJobs;
import org.casework.ledger.LedgerImportResult;
import org.casework.ledger.LedgerImportService;
import org.casework.security.Role;

/**
 * 台账导入: upload a ledger (XLSX or ZIP of CSV), watch it being imported in the background, then see
 * the counts per sheet or the table of errors; the history of past imports; the empty template.
 */
@Route("import")
@PageTitle("台账导入 · casework")
@Menu(title = "nav.import", order = 80, icon = "vaadin:upload")
@RolesAllowed({Role.ADMIN_, Role.LEADER_})
public class LedgerImportView extends VerticalLayout {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient LedgerImportService imports;
    private final transient LedgerImportJobs jobs;
    private final Div status = new Div();
    private final Grid<LedgerImportEntry> history = new Grid<>(LedgerImportEntry.class, false);
    private UI ui;
    private boolean running;

    public LedgerImportView(LedgerImportService imports, LedgerImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
        addClassName("view-content");
        setWidthFull();
        status.setId("import-status");
        status.setWidthFull();
        add(new H2(getTranslation("ledger.title")), new Paragraph(getTranslation("ledger.intro")), toolbar(), status,
                new H3(getTranslation("ledger.history")), configureHistory());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    private Component toolbar() {
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            if (ui != null) {
                ui.access(() -> start(file.toPath(), metadata.fileName()));
            }
        }));
        upload.setId("ledger-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xlsx", ".zip", XLSX, "application/zip");
        upload.setDropLabel(new Span(getTranslation("ledger.drop")));
        upload.addSucceededListener(e -> upload.clearFileList());

        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            imports.writeTemplate(out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), LedgerImportService.TEMPLATE_FILE_NAME, XLSX, bytes.length);
        }), "");
        template.setId("ledger-template");
        template.add(new Button(getTranslation("ledger.template"), VaadinIcon.DOWNLOAD_ALT.create()));

        HorizontalLayout bar = new HorizontalLayout(upload, template);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        return bar;
    }

    private Component configureHistory() {
        history.setId("import-history");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(e -> Formats.dateTime(e.startedAt())).setHeader(getTranslation("ledger.history.started")).setAutoWidth(true);
        history.addColumn(LedgerImportEntry::fileName).setHeader(getTranslation("ledger.history.file")).setAutoWidth(true);
        history.addColumn(LedgerImportEntry::importedBy).setHeader(getTranslation("ledger.history.by")).setAutoWidth(true);
        history.addColumn(e -> e.outcome().label()).setHeader(getTranslation("ledger.history.outcome")).setAutoWidth(true);
        history.addColumn(LedgerImportEntry::summary).setHeader(getTranslation("ledger.history.summary")).setFlexGrow(1);
        history.setPageSize(20);
        history.setItems(query -> imports.history(query.getOffset(), query.getLimit()).stream(),
                query -> imports.historyCount());
        history.setHeight("24em");
        return history;
    }

    /** Starts the import in the background; the progress bar follows it. */
    private void start(Path file, String fileName) {
        if (running) {
            Notifier.error(getTranslation("ledger.busy"));
            return;
        }
        running = true;
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setId("import-progress");
        Span line = new Span(getTranslation("ledger.waiting"));
        line.setId("import-progress-text");
        status.removeAll();
        status.add(new Paragraph(getTranslation("ledger.running", fileName)), bar, line);
        jobs.start(file, fileName, new BarProgress(bar, line))
                .whenComplete((result, error) -> inUi(() -> finished(fileName, result, error)));
    }

    private void finished(String fileName, LedgerImportResult result, Throwable error) {
        running = false;
        status.removeAll();
        history.getDataProvider().refreshAll();
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof LedgerFileException || cause instanceof AccessDeniedException) {
            status.add(failure(getTranslation("ledger.unreadable", cause.getMessage())));
            Notifier.error(cause.getMessage());
        } else if (cause != null) {
            status.add(failure(getTranslation("ledger.failed", String.valueOf(cause.getMessage()))));
            Notifier.error(getTranslation("ledger.failed", String.valueOf(cause.getMessage())));
        } else if (result.accepted()) {
            status.add(new H3(getTranslation("ledger.done", fileName)), counts(result));
            Notifier.success(getTranslation("ledger.done", fileName));
        } else {
            String title = getTranslation("ledger.rejected", fileName, result.errorCount());
            if (result.errorCount() > result.errors().size()) {
                title += getTranslation("ledger.rejected.capped", result.errors().size());
            }
            H3 heading = new H3(title);
            heading.addClassName("error-text");
            status.add(heading, errors(result.errors()));
        }
    }

    private Grid<LedgerImportResult.SheetCount> counts(LedgerImportResult result) {
        Grid<LedgerImportResult.SheetCount> grid = new Grid<>(LedgerImportResult.SheetCount.class, false);
        grid.setId("import-counts");
        grid.addColumn(LedgerImportResult.SheetCount::sheet).setHeader(getTranslation("ledger.sheet"));
        grid.addColumn(LedgerImportResult.SheetCount::created).setHeader(getTranslation("ledger.created"));
        grid.addColumn(LedgerImportResult.SheetCount::updated).setHeader(getTranslation("ledger.updated"));
        grid.addColumn(LedgerImportResult.SheetCount::unchanged).setHeader(getTranslation("ledger.unchanged"));
        grid.setItems(result.sheets());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The errors, a page at a time. */
    private Grid<LedgerError> errors(List<LedgerError> errors) {
        Grid<LedgerError> grid = new Grid<>(LedgerError.class, false);
        grid.setId("import-errors");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> e.sheet() == null ? "" : e.sheet()).setHeader(getTranslation("ledger.sheet")).setAutoWidth(true);
        grid.addColumn(e -> e.row() == null ? "" : e.row().toString()).setHeader(getTranslation("ledger.row")).setAutoWidth(true);
        grid.addColumn(e -> e.column() == null ? "" : e.column()).setHeader(getTranslation("ledger.column")).setAutoWidth(true);
        grid.addColumn(LedgerError::message).setHeader(getTranslation("ledger.message")).setFlexGrow(1);
        grid.setPageSize(50);
        grid.setItems(query -> errors.stream().skip(query.getOffset()).limit(query.getLimit()), query -> errors.size());
        grid.setHeight("28em");
        return grid;
    }

    private static Paragraph failure(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("error-text");
        return p;
    }

    private void inUi(Runnable command) {
        try {
            if (ui != null) {
                ui.access(command::run);
            }
        } catch (UIDetachedException e) {
            // the user left the page; the history shows the outcome
        }
    }

    /** Moves the bar as rows are processed: rows of all sheets done / rows of the file. */
    private final class BarProgress implements ImportProgress {
        private final ProgressBar bar;
        private final Span line;
        private final Map<String, Integer> totals = new LinkedHashMap<>();
        private final Map<String, Integer> done = new LinkedHashMap<>();
        private long lastPush;

        BarProgress(ProgressBar bar, Span line) {
            this.bar = bar;
            this.line = line;
        }

        @Override
        public void started(Map<String, Integer> rowsPerSheet) {
            synchronized (this) {
                totals.putAll(rowsPerSheet);
            }
            push(null, true);
        }

        @Override
        public void advanced(String sheet, int rowsDone) {
            synchronized (this) {
                done.put(sheet, rowsDone);
            }
            push(sheet, false);
        }

        private void push(String sheet, boolean force) {
            long now = System.currentTimeMillis();
            if (!force && now - lastPush < 300) {
                return;
            }
            lastPush = now;
            String text;
            double value;
            synchronized (this) {
                int total = Math.max(totals.values().stream().mapToInt(Integer::intValue).sum(), 1);
                int all = done.values().stream().mapToInt(Integer::intValue).sum();
                value = Math.min(1.0, all / (double) total);
                text = sheet == null ? getTranslation("ledger.waiting")
                        : getTranslation("ledger.progress", sheet, done.getOrDefault(sheet, 0), totals.getOrDefault(sheet, 0), all, total);
            }
            inUi(() -> {
                bar.setIndeterminate(false);
                bar.setValue(value);
                line.setText(text);
            });
        }
    }
}
