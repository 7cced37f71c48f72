package org.casework.ledger.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.casework.ledger.LedgerFileException;

/**
 * Opens an uploaded ledger, whatever its name says: an XLSX workbook or a ZIP of CSV files, told
 * apart by their content. Anything else is refused with a Chinese explanation.
 */
public final class LedgerFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private LedgerFiles() {
    }

    /** Opens the file; {@code fileName} (as uploaded) only sharpens the error message. */
    public static LedgerWorkbook open(Path file, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        byte[] head = head(file);
        if (head.length == 0) {
            throw new LedgerFileException("上传的文件是空的");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
            ZipFile zip = openZip(file);
            boolean workbook = zip.getEntry("[Content_Types].xml") != null && zip.getEntry("xl/workbook.xml") != null;
            if (!workbook) {
                return new CsvZipWorkbook(zip);
            }
            close(zip);
            return openWorkbook(file);
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw new LedgerFileException("不支持 Excel 97-2003 工作簿（.xls）或加密的工作簿：请在 Excel 中另存为 .xlsx（不设密码）后再导入");
        }
        if (name.endsWith(".csv")) {
            throw new LedgerFileException("请把 CSV 文件打包成 ZIP 后上传：每个工作表一个 UTF-8 编码的 CSV 文件，文件名为工作表名称（如 处罚案件.csv）");
        }
        throw new LedgerFileException("无法识别的文件格式：请上传 .xlsx 工作簿，或由 UTF-8 CSV 文件打包成的 .zip 文件");
    }

    private static LedgerWorkbook openWorkbook(Path file) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new LedgerFileException("工作簿无法读取，文件可能已损坏：" + e.getMessage(), e);
        }
        try {
            return new XlsxWorkbook(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            if (e instanceof LedgerFileException l) {
                throw l;
            }
            throw new LedgerFileException("工作簿无法读取，文件可能已损坏：" + e.getMessage(), e);
        }
    }

    /** Entry names are UTF-8 when the archiver says so; Windows archivers often write GBK names. */
    private static ZipFile openZip(Path file) {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            try {
                return new ZipFile(file.toFile(), GB18030);
            } catch (IOException | IllegalArgumentException again) {
                throw new LedgerFileException("压缩文件无法读取，文件可能已损坏：" + again.getMessage(), again);
            }
        } catch (IOException e) {
            throw new LedgerFileException("压缩文件无法读取：" + e.getMessage(), e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new LedgerFileException("上传的文件无法读取：" + e.getMessage(), e);
        }
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only; nothing to lose
        }
    }
}
