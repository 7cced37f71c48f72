package org.casework.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The yearly figures as JSON (spec/figures.md "JSON shape"), the records behind each figure, the XLSX
 * exports, the frozen snapshots and the 填报 items. LEADER or ADMIN, for an organisation in scope; the
 * default organisation is the user's own, with its subtree.
 */
@RestController
@RequestMapping("/api/reports/yearly/{year}")
class YearlyFiguresApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FigureService figures;
    private final FigureExports exports;
    private final FigureSnapshots snapshots;
    private final ManualEntries entries;

    YearlyFiguresApi(FigureService figures, FigureExports exports, FigureSnapshots snapshots, ManualEntries entries) {
        this.figures = figures;
        this.exports = exports;
        this.snapshots = snapshots;
        this.entries = entries;
    }

    @GetMapping("/figures")
    YearlyFigures yearly(@PathVariable int year, @RequestParam(required = false) String org,
                         @RequestParam(required = false) Boolean subtree) {
        return figures.yearly(year, org, subtree);
    }

    /** One page of the records behind a figure (page from 0); for a rate, side=numerator (default) or denominator. */
    @GetMapping("/figures/{key}/records")
    RecordPage records(@PathVariable int year, @PathVariable String key, @RequestParam(required = false) String org,
                       @RequestParam(required = false) Boolean subtree, @RequestParam(required = false) String side,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        ReportScope scope = figures.scope(year, org, subtree);
        DrillTotal total = figures.drillTotal(scope, key, side);
        List<DrillRow> rows = figures.drill(scope, key, side, Math.multiplyExact(Math.max(page, 0), Math.max(size, 1)), size);
        return new RecordPage(year, scope.org().code(), scope.subtree(), key, figures.labelOf(key), side, total.size(),
                total.amount(), page, size, rows.stream().map(RecordItem::of).toList());
    }

    @GetMapping("/figures.xlsx")
    ResponseEntity<byte[]> figuresWorkbook(@PathVariable int year, @RequestParam(required = false) String org,
                                           @RequestParam(required = false) Boolean subtree) throws IOException {
        ReportScope scope = figures.scope(year, org, subtree);
        YearlyFigures now = figures.compute(scope);
        YearlyFigures previous = figures.compute(scope.inYear(year - 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeFigures(scope, now, previous, entries.list(year, scope.org().code()), out);
        return attachment(out.toByteArray(), scope.org().code() + "-" + year + "年度统计.xlsx");
    }

    @GetMapping("/figures/{key}/records.xlsx")
    ResponseEntity<StreamingResponseBody> recordsWorkbook(@PathVariable int year, @PathVariable String key,
                                                          @RequestParam(required = false) String org,
                                                          @RequestParam(required = false) Boolean subtree,
                                                          @RequestParam(required = false) String side) {
        ReportScope scope = figures.scope(year, org, subtree);
        figures.figureOf(key);
        StreamingResponseBody body = out -> exports.writeRecords(scope, key, side, out);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition(scope.org().code() + "-" + year + "-" + key + "-明细.xlsx"))
                .contentType(XLSX).body(body);
    }

    @GetMapping("/snapshots")
    List<FrozenFigures> snapshots(@PathVariable int year, @RequestParam(required = false) String org,
                                  @RequestParam(required = false) Boolean subtree) {
        return snapshots.history(figures.scope(year, org, subtree));
    }

    /** Freezes the year's figures now (LEADER). */
    @PostMapping("/snapshots")
    FrozenFigures freeze(@PathVariable int year, @RequestParam(required = false) String org,
                         @RequestParam(required = false) Boolean subtree) {
        return snapshots.freeze(figures.scope(year, org, subtree));
    }

    /** The latest snapshot compared with today's computation: the figures that differ. */
    @GetMapping("/snapshots/latest/changes")
    ResponseEntity<Map<String, Object>> changes(@PathVariable int year, @RequestParam(required = false) String org,
                                                @RequestParam(required = false) Boolean subtree) {
        ReportScope scope = figures.scope(year, org, subtree);
        return snapshots.latest(scope).map(frozen -> {
            YearlyFigures now = figures.compute(scope);
            List<Map<String, Object>> changes = snapshots.changes(frozen, now).stream().map(c -> Map.<String, Object>of(
                    "key", c.key(), "label", c.label(), "frozen", c.frozen() == null ? Map.of() : c.frozen(),
                    "now", c.now() == null ? Map.of() : c.now(), "difference", c.differenceText())).toList();
            return ResponseEntity.ok(Map.<String, Object>of("snapshotId", frozen.id(), "takenAt", frozen.takenAt(),
                    "takenBy", frozen.takenBy(), "computedAt", now.computedAt(), "changes", changes));
        }).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/entries")
    List<ManualEntry> entries(@PathVariable int year, @RequestParam(required = false) String org) {
        return entries.list(year, org);
    }

    @PostMapping("/entries")
    ManualEntry saveEntry(@PathVariable int year, @RequestParam(required = false) String org, @RequestBody EntryBody body) {
        return entries.save(new ManualEntryForm(body.id(), year, org, body.item(), body.quantity(), body.unit(), body.note()));
    }

    @DeleteMapping("/entries/{id}")
    ResponseEntity<Void> deleteEntry(@PathVariable int year, @PathVariable long id) {
        entries.delete(id);
        return ResponseEntity.noContent().build();
    }

    record EntryBody(Long id, String item, BigDecimal quantity, String unit, String note) {
    }

    record RecordPage(int year, String org, boolean subtree, String key, String label, String side, long total,
                      BigDecimal amount, int page, int size, List<RecordItem> records) {
    }

    record RecordItem(String type, long id, String number, String title, String org, String orgName, LocalDate date,
                      BigDecimal amount, String route) {
        static RecordItem of(DrillRow d) {
            return new RecordItem(d.recordType(), d.id(), d.number(), d.title(), d.orgCode(), d.orgName(), d.date(), d.amount(),
                    d.route());
        }
    }

    private static ResponseEntity<byte[]> attachment(byte[] bytes, String fileName) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName)).contentType(XLSX).body(bytes);
    }

    private static String disposition(String fileName) {
        return "attachment; filename=\"figures.xlsx\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
