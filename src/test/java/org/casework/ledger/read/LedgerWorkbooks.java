package org.casework.ledger.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.casework.ledger.LedgerColumn;
import org.casework.ledger.LedgerSheet;

/** Ledger files for tests: ZIPs of CSV text, and the same data written as an XLSX workbook with POI. */
public final class LedgerWorkbooks {

    private LedgerWorkbooks() {
    }

    /** A ZIP with one entry per map entry (entry name → UTF-8 text). */
    public static Path zip(Path target, Map<String, String> entries) throws IOException {
        return zip(target, entries, StandardCharsets.UTF_8);
    }

    /** The same, with entry names in another charset (as Windows archivers write them). */
    public static Path zip(Path target, Map<String, String> entries, Charset nameCharset) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out, nameCharset)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return target;
    }

    /** Writes the sheets as a ZIP of UTF-8 CSV files (RFC 4180 quoting), one per sheet. */
    public static Path zipSheets(Path target, Map<LedgerSheet, List<String[]>> sheets) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        sheets.forEach((sheet, rows) -> {
            StringBuilder csv = new StringBuilder();
            for (String[] row : rows) {
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
            files.put(sheet.title() + ".csv", csv.toString());
        });
        return zip(target, files);
    }

    /** The CSV files of a ledger ZIP, by sheet, as rows of cells (header first). */
    public static Map<LedgerSheet, List<String[]>> readZip(Path zipFile) throws Exception {
        Map<LedgerSheet, List<String[]>> sheets = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!name.endsWith(".csv")) {
                    continue;
                }
                LedgerSheet sheet = LedgerSheet.byTitle(name.substring(0, name.length() - 4)).orElseThrow();
                List<String[]> rows = new ArrayList<>();
                try (InputStream in = zip.getInputStream(entry); CsvRecordReader csv = new CsvRecordReader(in)) {
                    String[] record;
                    while ((record = csv.next()) != null) {
                        rows.add(record);
                    }
                }
                sheets.put(sheet, rows);
            }
        }
        return sheets;
    }

    /**
     * Writes the sheets as an XLSX workbook, streaming (SXSSF), the way an office's Excel would hold
     * them: single dates as date cells, amounts and whole numbers as number cells, the rest as text.
     */
    public static Path xlsx(Path target, Map<LedgerSheet, List<String[]>> sheets) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            for (Map.Entry<LedgerSheet, List<String[]>> e : sheets.entrySet()) {
                LedgerSheet ledgerSheet = e.getKey();
                Sheet sheet = wb.createSheet(ledgerSheet.title());
                List<String[]> rows = e.getValue();
                String[] header = rows.get(0);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    String[] cells = rows.get(r);
                    for (int c = 0; c < cells.length; c++) {
                        String text = cells[c];
                        if (text == null || text.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        LedgerColumn.Kind kind = r == 0 ? LedgerColumn.Kind.TEXT
                                : ledgerSheet.column(header[c]).map(LedgerColumn::kind).orElse(LedgerColumn.Kind.TEXT);
                        switch (kind) {
                            case DATE -> {
                                cell.setCellValue(LocalDate.parse(text));
                                cell.setCellStyle(date);
                            }
                            case AMOUNT -> {
                                cell.setCellValue(new BigDecimal(text).doubleValue());
                                cell.setCellStyle(money);
                            }
                            case INTEGER -> cell.setCellValue(Integer.parseInt(text));
                            default -> cell.setCellValue(text);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return target;
    }
}
