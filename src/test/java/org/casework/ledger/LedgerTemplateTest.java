package org.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casework.ledger.read.LedgerFiles;
import org.casework.ledger.read.LedgerRow;
import org.casework.ledger.read.LedgerWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTemplateTest {

    @TempDir
    Path dir;

    @Test
    void theTemplateHasInstructionsFirstThenOneSheetPerKindWithItsHeaders() throws Exception {
        Path file = dir.resolve(LedgerTemplate.FILE_NAME);
        try (OutputStream out = Files.newOutputStream(file)) {
            LedgerTemplate.write(out);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("填写说明");
            assertThat(wb.getNumberOfSheets()).isEqualTo(1 + LedgerSheet.values().length);
            for (LedgerSheet s : LedgerSheet.values()) {
                XSSFSheet sheet = wb.getSheet(s.title());
                assertThat(sheet).as(s.title()).isNotNull();
                for (int i = 0; i < s.columns().size(); i++) {
                    LedgerColumn column = s.columns().get(i);
                    XSSFCell cell = sheet.getRow(0).getCell(i);
                    assertThat(cell.getStringCellValue()).isEqualTo(column.header());
                    assertThat(cell.getCellStyle().getFont().getBold()).isTrue();
                    assertThat(cell.getCellComment().getString().getString()).startsWith(column.required() ? "必填" : column.kind().description());
                    boolean red = cell.getCellStyle().getFont().getColor() == org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex();
                    assertThat(red).as(column.header()).isEqualTo(column.required());
                }
            }
            String instructions = text(wb.getSheet("填写说明"));
            assertThat(instructions).contains("2020-05-31").contains("52600.00").contains("简易、一般").contains("UTF-8");
        }
        // the empty template is a valid ledger with nothing in it
        try (LedgerWorkbook ledger = LedgerFiles.open(file, LedgerTemplate.FILE_NAME)) {
            assertThat(ledger.problems()).isEmpty();
            assertThat(ledger.sheets()).containsExactly(LedgerSheet.values());
            for (LedgerSheet s : ledger.sheets()) {
                List<LedgerRow> rows = new ArrayList<>();
                assertThat(ledger.read(s, rows::add)).as(s.title()).isEmpty();
                assertThat(rows).isEmpty();
            }
        }
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> sb.append(cell.getStringCellValue()).append('\t')));
        return sb.toString();
    }
}
