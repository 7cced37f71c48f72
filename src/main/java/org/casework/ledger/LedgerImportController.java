package org.casework.ledger;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports/ledger} (multipart field {@code file}): 200 with the counts per sheet when
 * the whole file was valid and is imported; 422 with every error when anything is wrong (then nothing
 * is imported); 400 when the file is not a ledger at all. {@code GET …/template}: the empty template.
 */
@RestController
@RequestMapping("/api/imports/ledger")
class LedgerImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LedgerImportService imports;

    LedgerImportController(LedgerImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed({Role.ADMIN_, Role.LEADER_})
    ResponseEntity<Map<String, Object>> importLedger(@RequestParam(value = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return badRequest("请在表单字段 file 中上传台账文件（.xlsx 工作簿或 CSV 文件的 .zip 压缩包）");
        }
        Path temp = Files.createTempFile("ledger-", ".upload");
        try {
            file.transferTo(temp);
            LedgerImportResult result = imports.importFile(temp, file.getOriginalFilename(), ImportProgress.NONE);
            Map<String, Object> body = new LinkedHashMap<>();
            if (result.accepted()) {
                body.put("imported", result.imported());
                body.put("updated", result.updated());
                body.put("unchanged", result.unchanged());
                return ResponseEntity.ok(body);
            }
            body.put("errors", result.errors());
            body.put("errorCount", result.errorCount());
            return ResponseEntity.unprocessableEntity().body(body);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping("/template")
    @RolesAllowed({Role.ADMIN_, Role.LEADER_})
    ResponseEntity<byte[]> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            imports.writeTemplate(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(LedgerTemplate.FILE_NAME, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    @ExceptionHandler(LedgerFileException.class)
    ResponseEntity<Map<String, Object>> unreadable(LedgerFileException e) {
        return badRequest(e.getMessage());
    }

    private static ResponseEntity<Map<String, Object>> badRequest(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", HttpStatus.BAD_REQUEST.value());
        body.put("error", "bad_request");
        body.put("message", message);
        return ResponseEntity.badRequest().body(body);
    }
}
