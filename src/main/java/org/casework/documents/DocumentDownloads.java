package org.casework.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Document downloads for other systems and direct links: {@code GET /api/documents/{id}.pdf} and
 * {@code .docx} ({@code ?inline=true} to show a PDF in the browser), the list of a case's documents,
 * and a case file as one PDF. Scope is checked by {@link DocumentService}: another organisation's
 * document answers 403.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentDownloads {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DocumentService documents;

    DocumentDownloads(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping
    List<IssuedDocument> list(@RequestParam CaseKind caseKind, @RequestParam long caseId) {
        return documents.list(caseKind, caseId);
    }

    @GetMapping("/{id:\\d+}")
    IssuedDocument get(@PathVariable long id) {
        return documents.get(id);
    }

    @GetMapping("/{id:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline) {
        IssuedDocument d = documents.get(id);
        return file(documents.renderPdf(id), MediaType.APPLICATION_PDF, d.fileBaseName() + ".pdf", inline);
    }

    @GetMapping("/{id:\\d+}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        IssuedDocument d = documents.get(id);
        return file(documents.renderDocx(id), DOCX, d.fileBaseName() + ".docx", false);
    }

    @GetMapping("/archive/{caseKind}/{caseId:\\d+}.pdf")
    ResponseEntity<byte[]> archive(@PathVariable CaseKind caseKind, @PathVariable long caseId) {
        return file(documents.archivePdf(caseKind, caseId), MediaType.APPLICATION_PDF,
                caseKind.label() + "卷宗_" + caseId + ".pdf", false);
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String fileName, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
