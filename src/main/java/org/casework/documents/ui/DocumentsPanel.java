package org.casework.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.documents.ArchiveCover;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.IssuedDocument;

/**
 * The documents of one case, for a case screen to embed: title, number, issued at and by; preview in a
 * dialog, download as PDF or Word, void with a reason, and the whole case file (全案卷宗) as one PDF.
 * Call {@link #refresh()} after the screen issued a document.
 */
public class DocumentsPanel extends VerticalLayout {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocumentService documents;
    private final CaseKind caseKind;
    private final long caseId;
    private final Grid<IssuedDocument> grid = new Grid<>();
    private final Span empty = new Span();
    final Anchor archive;
    private Supplier<ArchiveCover> cover = ArchiveCover::empty;
    private boolean voidAllowed = true;

    public DocumentsPanel(DocumentService documents, CaseKind caseKind, long caseId) {
        this.documents = documents;
        this.caseKind = caseKind;
        this.caseId = caseId;
        addClassName("documents-panel");
        setPadding(false);

        archive = new Anchor(download(() -> documents.archivePdf(caseKind, caseId, cover.get()),
                caseKind.label() + "卷宗_" + caseId + ".pdf", PDF), AttachmentType.DOWNLOAD, "");
        Button archiveButton = new Button(getTranslation("documents.action.archive"));
        archiveButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        archive.add(archiveButton);
        archive.setId("documents-archive");
        HorizontalLayout header = new HorizontalLayout(new H4(getTranslation("documents.title")), archive);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(IssuedDocument::title).setKey("title").setHeader(getTranslation("documents.column.title")).setAutoWidth(true);
        grid.addColumn(IssuedDocument::number).setKey("number").setHeader(getTranslation("documents.column.number")).setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.issuedAt())).setKey("issuedAt").setHeader(getTranslation("documents.column.issuedAt")).setAutoWidth(true);
        grid.addColumn(d -> d.issuedByName() == null ? d.issuedBy() : d.issuedByName()).setKey("issuedBy")
                .setHeader(getTranslation("documents.column.issuedBy")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("documents.column.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("documents.empty"));

        add(header, grid, empty);
        refresh();
    }

    /** Reloads the list (after a document was issued or voided). */
    public void refresh() {
        List<IssuedDocument> list = documents.list(caseKind, caseId);
        grid.setItems(list);
        empty.setVisible(list.isEmpty());
        grid.setVisible(!list.isEmpty());
        archive.setVisible(list.stream().anyMatch(d -> !d.voided()));
    }

    /** What the case file's cover shows; asked each time the file is downloaded. */
    public void setArchiveCover(Supplier<ArchiveCover> cover) {
        this.cover = cover == null ? ArchiveCover::empty : cover;
    }

    /** Hides the 作废 button (e.g. for leaders, who only read); the service refuses it anyway. */
    public void setVoidAllowed(boolean allowed) {
        this.voidAllowed = allowed;
        grid.getDataProvider().refreshAll();
    }

    private Span status(IssuedDocument d) {
        Span s = new Span(d.voided() ? getTranslation("documents.status.voided") : getTranslation("documents.status.valid"));
        s.getElement().getThemeList().add(d.voided() ? "badge error" : "badge success");
        if (d.voided()) {
            s.setTitle(d.voidReason());
        }
        return s;
    }

    private HorizontalLayout actions(IssuedDocument d) {
        Button preview = small(getTranslation("documents.action.preview"));
        preview.addClickListener(e -> preview(d));
        Anchor pdf = new Anchor(download(() -> documents.renderPdf(d.id()), d.fileBaseName() + ".pdf", PDF),
                AttachmentType.DOWNLOAD, getTranslation("documents.action.pdf"));
        Anchor docx = new Anchor(download(() -> documents.renderDocx(d.id()), d.fileBaseName() + ".docx", DOCX),
                AttachmentType.DOWNLOAD, getTranslation("documents.action.docx"));
        HorizontalLayout row = new HorizontalLayout(preview, pdf, docx);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        if (voidAllowed && !d.voided()) {
            Button voidButton = small(getTranslation("documents.action.void"));
            voidButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
            voidButton.addClickListener(e -> confirmVoid(d));
            row.add(voidButton);
        }
        return row;
    }

    private void preview(IssuedDocument d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(d.title() + "　" + d.number());
        IFrame frame = new IFrame();
        frame.setSrc(download(() -> documents.renderPdf(d.id()), d.fileBaseName() + ".pdf", PDF).inline());
        frame.setWidth("100%");
        frame.setHeight("100%");
        frame.getElement().setAttribute("title", d.title());
        dialog.add(frame);
        dialog.setWidth("80vw");
        dialog.setHeight("90vh");
        dialog.setResizable(true);
        dialog.getFooter().add(new Button(getTranslation("documents.action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void confirmVoid(IssuedDocument d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("documents.void.title", d.title() + " " + d.number()));
        TextArea reason = new TextArea(getTranslation("documents.void.reason"));
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setHelperText(getTranslation("documents.void.hint"));
        dialog.add(reason);
        Button confirm = new Button(getTranslation("documents.void.confirm"), e -> {
            documents.voidDocument(d.id(), reason.getValue());
            dialog.close();
            refresh();
            Notifier.success(getTranslation("documents.void.done", d.number()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("documents.action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private static Button small(String text) {
        Button b = new Button(text);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** Renders on request (in the download's own HTTP request), so the grid stays fast. */
    private static com.vaadin.flow.server.streams.InputStreamDownloadHandler download(Supplier<byte[]> bytes, String fileName,
                                                                                      String contentType) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] body = bytes.get();
                return new DownloadResponse(new ByteArrayInputStream(body), fileName, contentType, body.length);
            } catch (BusinessRuleException e) {
                return DownloadResponse.error(422, e.getMessage());
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403, e.getMessage());
            }
        });
    }
}
