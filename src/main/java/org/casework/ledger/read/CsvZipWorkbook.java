package org.casework.ledger.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.casework.ledger.LedgerError;
import org.casework.ledger.LedgerFileException;
import org.casework.ledger.LedgerSheet;

/**
 * A ZIP of UTF-8 CSV files, one per sheet, each named after its sheet (处罚案件.csv), possibly inside
 * a folder. Other files (a README, macOS resource forks) are ignored; a CSV file with another name is
 * an error, so that data cannot be dropped silently.
 */
final class CsvZipWorkbook implements LedgerWorkbook {

    private final ZipFile zip;
    private final Map<LedgerSheet, ZipEntry> entries = new EnumMap<>(LedgerSheet.class);
    private final List<LedgerError> problems = new ArrayList<>();

    CsvZipWorkbook(ZipFile zip) {
        this.zip = zip;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String path = entry.getName().replace('\\', '/');
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (entry.isDirectory() || path.startsWith("__MACOSX/") || name.startsWith(".")
                    || !name.toLowerCase().endsWith(".csv")) {
                continue;
            }
            String title = name.substring(0, name.length() - 4).strip();
            Optional<LedgerSheet> sheet = LedgerSheet.byTitle(title);
            if (sheet.isEmpty()) {
                problems.add(new LedgerError(title, null, null, "无法识别的 CSV 文件“" + path
                        + "”：文件名应为工作表名称加 .csv，可用的名称：" + LedgerSheet.titles()));
            } else if (entries.containsKey(sheet.get())) {
                problems.add(new LedgerError(title, null, null, "工作表“" + title + "”在压缩包中出现了不止一次（"
                        + entries.get(sheet.get()).getName() + "、" + entry.getName() + "）"));
            } else {
                entries.put(sheet.get(), entry);
            }
        }
    }

    @Override
    public List<LedgerSheet> sheets() {
        return List.copyOf(entries.keySet());
    }

    @Override
    public List<LedgerError> problems() {
        return problems;
    }

    @Override
    public int estimatedRows(LedgerSheet sheet) {
        ZipEntry entry = entries.get(sheet);
        if (entry == null) {
            return 0;
        }
        try (CsvRecordReader csv = new CsvRecordReader(zip.getInputStream(entry))) {
            int records = 0;
            while (csv.next() != null) {
                records++;
            }
            return Math.max(records - 1, 0);
        } catch (CsvRecordReader.CsvException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<LedgerError> read(LedgerSheet sheet, Consumer<LedgerRow> rows) {
        RawSheetReader reader = new RawSheetReader(sheet, rows);
        ZipEntry entry = entries.get(sheet);
        if (entry == null) {
            return List.of();
        }
        try (InputStream in = zip.getInputStream(entry); CsvRecordReader csv = new CsvRecordReader(in)) {
            String[] record;
            while ((record = csv.next()) != null) {
                reader.row(csv.recordNumber(), record, null);
            }
        } catch (CsvRecordReader.CsvException e) {
            reader.problem(e.record, e.getMessage());
        } catch (IOException e) {
            throw new LedgerFileException("读取压缩包中的“" + entry.getName() + "”失败：" + e.getMessage(), e);
        }
        return reader.finish();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
