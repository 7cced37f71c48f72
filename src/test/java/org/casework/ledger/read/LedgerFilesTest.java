package org.casework.ledger.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casework.ledger.LedgerError;
import org.casework.ledger.LedgerFileException;
import org.casework.ledger.LedgerSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerFilesTest {

    @TempDir
    Path dir;

    private static final String ORGS = "代码,名称,上级代码,类型\nSQX,示范区,,其他\nSJD1,东湖街道,SQX,街道\n";

    private record Read(List<LedgerRow> rows, List<LedgerError> errors) {
    }

    private static Read read(LedgerWorkbook wb, LedgerSheet sheet) {
        List<LedgerRow> rows = new ArrayList<>();
        List<LedgerError> errors = wb.read(sheet, rows::add);
        return new Read(rows, errors);
    }

    @Test
    void aZipOfCsvFilesInAFolderWithBomAndQuoting() throws Exception {
        Path zip = LedgerWorkbooks.zip(dir.resolve("ledger.zip"), Map.of(
                "台账2020/组织机构.csv", "\uFEFF" + ORGS,
                "台账2020/行政检查.csv", "检查日期,执法主体,检查编号,检查事项\r\n2020/8/3,SJD1,JC-1,\"扬尘, 噪声\"\r\n\r\n"
                        + "2020-08-04,SJD1,JC-2,\"第一项\n第二项\"\r\n2020-08-05,SJD1,JC-3,\r\n",
                "台账2020/README.txt", "说明",
                "__MACOSX/台账2020/._行政检查.csv", "junk"));
        try (LedgerWorkbook wb = LedgerFiles.open(zip, "ledger.zip")) {
            assertThat(wb.problems()).isEmpty();
            assertThat(wb.sheets()).containsExactly(LedgerSheet.ORGANISATIONS, LedgerSheet.INSPECTIONS);
            assertThat(wb.estimatedRows(LedgerSheet.INSPECTIONS)).isEqualTo(4);

            Read orgs = read(wb, LedgerSheet.ORGANISATIONS);
            assertThat(orgs.errors()).isEmpty();
            assertThat(orgs.rows()).extracting(r -> r.value("代码")).containsExactly("SQX", "SJD1");
            assertThat(orgs.rows().get(0).value("上级代码")).isNull();

            Read inspections = read(wb, LedgerSheet.INSPECTIONS);
            assertThat(inspections.errors()).isEmpty();
            // row numbers as the spreadsheet shows them: header 1, a blank row 3 is skipped, a two-line cell is one row
            assertThat(inspections.rows()).extracting(LedgerRow::number).containsExactly(2, 4, 5);
            assertThat(inspections.rows().get(0).value("检查事项")).isEqualTo("扬尘, 噪声");
            assertThat(inspections.rows().get(1).value("检查事项")).isEqualTo("第一项\n第二项");
            assertThat(inspections.rows().get(0).value("检查日期")).isEqualTo("2020/8/3");
            // a column left out of the sheet reads as empty
            assertThat(inspections.rows().get(0).value("检查对象")).isNull();
        }
    }

    @Test
    void entryNamesWrittenInGbkAreUnderstood() throws Exception {
        Path zip = LedgerWorkbooks.zip(dir.resolve("gbk.zip"), Map.of("组织机构.csv", ORGS), Charset.forName("GBK"));
        try (LedgerWorkbook wb = LedgerFiles.open(zip, "gbk.zip")) {
            assertThat(wb.problems()).isEmpty();
            assertThat(wb.sheets()).containsExactly(LedgerSheet.ORGANISATIONS);
        }
    }

    @Test
    void aCsvFileWithAnUnknownNameIsAnError() throws Exception {
        Path zip = LedgerWorkbooks.zip(dir.resolve("x.zip"), Map.of("组织机构.csv", ORGS, "处罚案件2020.csv", "案号\n1\n"));
        try (LedgerWorkbook wb = LedgerFiles.open(zip, "x.zip")) {
            assertThat(wb.problems()).singleElement().satisfies(e -> {
                assertThat(e.sheet()).isEqualTo("处罚案件2020");
                assertThat(e.message()).contains("处罚案件2020.csv").contains("处罚案件");
            });
        }
    }

    @Test
    void unknownMissingAndDoubledColumnsAreErrorsOfRowOne() throws Exception {
        Path zip = LedgerWorkbooks.zip(dir.resolve("h.zip"), Map.of(
                "行政检查.csv", "执法主体,检查编号,检查编号,检查日期1,备注\nSJD1,JC-1,JC-1,2020-01-01,x\n"));
        try (LedgerWorkbook wb = LedgerFiles.open(zip, "h.zip")) {
            Read r = read(wb, LedgerSheet.INSPECTIONS);
            assertThat(r.rows()).isEmpty();
            assertThat(r.errors()).allSatisfy(e -> {
                assertThat(e.sheet()).isEqualTo("行政检查");
                assertThat(e.row()).isEqualTo(1);
            });
            assertThat(r.errors()).extracting(LedgerError::column).containsExactlyInAnyOrder("检查编号", "检查日期1", "备注", "检查日期");
            assertThat(r.errors()).extracting(LedgerError::message).anySatisfy(m -> assertThat(m).contains("未知的列“检查日期1”").contains("第 D 列"))
                    .anySatisfy(m -> assertThat(m).contains("缺少必填列“检查日期”"))
                    .anySatisfy(m -> assertThat(m).contains("不止一次"));
        }
    }

    @Test
    void aValueUnderNoHeaderAndABrokenQuoteAreReported() throws Exception {
        Path zip = LedgerWorkbooks.zip(dir.resolve("q.zip"), Map.of(
                "行政检查.csv", "执法主体,检查编号,检查日期\nSJD1,JC-1,2020-01-01,多余\nSJD1,\"JC-2,2020-01-02\n"));
        try (LedgerWorkbook wb = LedgerFiles.open(zip, "q.zip")) {
            Read r = read(wb, LedgerSheet.INSPECTIONS);
            assertThat(r.rows()).hasSize(1);
            assertThat(r.errors()).extracting(LedgerError::row, LedgerError::message).anySatisfy(t -> {
                assertThat(t.toList().get(0)).isEqualTo(2);
                assertThat((String) t.toList().get(1)).contains("第 D 列有数据但没有表头");
            }).anySatisfy(t -> {
                assertThat(t.toList().get(0)).isEqualTo(3);
                assertThat((String) t.toList().get(1)).contains("引号未闭合");
            });
        }
    }

    @Test
    void csvTextInAnotherEncodingIsReportedOnItsSheet() throws Exception {
        Path zip = dir.resolve("gbk-text.zip");
        try (OutputStream out = Files.newOutputStream(zip); var z = new java.util.zip.ZipOutputStream(out, StandardCharsets.UTF_8)) {
            z.putNextEntry(new java.util.zip.ZipEntry("组织机构.csv"));
            z.write(ORGS.getBytes(Charset.forName("GBK")));
            z.closeEntry();
        }
        try (LedgerWorkbook wb = LedgerFiles.open(zip, "gbk-text.zip")) {
            Read r = read(wb, LedgerSheet.ORGANISATIONS);
            assertThat(r.errors()).singleElement().satisfies(e -> {
                assertThat(e.sheet()).isEqualTo("组织机构");
                assertThat(e.message()).contains("UTF-8");
            });
        }
    }

    @Test
    void anXlsxWorkbookWithDateCellsNumbersAndColumnsInAnyOrder() throws Exception {
        Path file = dir.resolve("ledger.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            wb.createSheet("填写说明").createRow(0).createCell(0).setCellValue("说明");
            wb.createSheet("Sheet3");
            XSSFSheet cases = wb.createSheet("处罚案件");
            String[] header = {"案号", "执法主体", "程序", "当事人类型", "当事人", "案由", "决定日期", "罚款金额", "证件号码", "立案日期"};
            Row h = cases.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = cases.createRow(1);
            r.createCell(0).setCellValue("罚〔2020〕1号");
            r.createCell(1).setCellValue("SJD1");
            r.createCell(2).setCellValue("一般");
            r.createCell(3).setCellValue("自然人");
            r.createCell(4).setCellValue("张三");
            r.createCell(5).setCellValue("占道经营");
            r.createCell(6).setCellValue(LocalDate.of(2020, 5, 31));
            r.getCell(6).setCellStyle(date);
            r.createCell(7).setCellValue(52600.5);
            r.getCell(7).setCellStyle(money);
            r.createCell(8).setCellValue(3101100001d);
            r.createCell(9).setCellValue(43891); // a date serial without a date format: 2020-03-01
            // row 3 left blank; row 4 holds text dates
            Row r4 = cases.createRow(3);
            r4.createCell(0).setCellValue("罚〔2020〕2号");
            r4.createCell(6).setCellValue("2020/6/1");
            XSSFSheet stray = wb.createSheet("备用");
            stray.createRow(4).createCell(1).setCellValue("something");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        try (LedgerWorkbook wb = LedgerFiles.open(file, "任意名称.bin")) {
            assertThat(wb.sheets()).containsExactly(LedgerSheet.PENALTY_CASES);
            assertThat(wb.problems()).singleElement().satisfies(e -> assertThat(e.message()).contains("无法识别的工作表“备用”"));
            assertThat(wb.estimatedRows(LedgerSheet.PENALTY_CASES)).isEqualTo(3);
            Read read = read(wb, LedgerSheet.PENALTY_CASES);
            assertThat(read.errors()).isEmpty();
            assertThat(read.rows()).extracting(LedgerRow::number).containsExactly(2, 4);
            LedgerRow row = read.rows().get(0);
            assertThat(row.value("案号")).isEqualTo("罚〔2020〕1号");
            assertThat(row.value("决定日期")).isEqualTo("2020-05-31");
            assertThat(row.value("罚款金额")).isEqualTo("52600.5");
            assertThat(row.isNumberCell("罚款金额")).isTrue();
            assertThat(row.value("证件号码")).isEqualTo("3101100001");
            assertThat(row.value("立案日期")).isEqualTo("43891");
            assertThat(row.isNumberCell("立案日期")).isTrue();
            assertThat(row.isNumberCell("案号")).isFalse();
            assertThat(read.rows().get(1).value("决定日期")).isEqualTo("2020/6/1");
        }
    }

    @Test
    void xlsxAndZipOfTheSameDataReadTheSame() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("组织机构.csv", ORGS);
        files.put("处罚案件.csv", "执法主体,案号,程序,当事人类型,当事人,案由,决定日期,罚款金额,处罚种类\n"
                + "SJD1,罚1,简易,自然人,张三,占道,2020-03-09,50.00,罚款\nSJD1,罚2,简易,自然人,李四,占道,2020-03-10,200,警告、罚款\n");
        Path zip = LedgerWorkbooks.zip(dir.resolve("same.zip"), files);
        Path xlsx = LedgerWorkbooks.xlsx(dir.resolve("same.xlsx"), LedgerWorkbooks.readZip(zip));
        List<String> fromZip = new ArrayList<>();
        List<String> fromXlsx = new ArrayList<>();
        try (LedgerWorkbook z = LedgerFiles.open(zip, "same.zip"); LedgerWorkbook x = LedgerFiles.open(xlsx, "same.xlsx")) {
            for (LedgerSheet s : z.sheets()) {
                z.read(s, r -> fromZip.add(r.number() + ":" + r.value(s.columns().get(0).header())));
                x.read(s, r -> fromXlsx.add(r.number() + ":" + r.value(s.columns().get(0).header())));
            }
            assertThat(x.sheets()).isEqualTo(z.sheets());
        }
        assertThat(fromXlsx).isEqualTo(fromZip).hasSize(4);
    }

    @Test
    void filesThatAreNoLedgerAreRefusedInChinese() throws Exception {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertThatThrownBy(() -> LedgerFiles.open(empty, "empty.xlsx")).isInstanceOf(LedgerFileException.class).hasMessageContaining("空的");
        Path csv = Files.writeString(dir.resolve("处罚案件.csv"), "案号\n1\n");
        assertThatThrownBy(() -> LedgerFiles.open(csv, "处罚案件.csv")).isInstanceOf(LedgerFileException.class).hasMessageContaining("打包成 ZIP");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> LedgerFiles.open(text, "notes.txt")).isInstanceOf(LedgerFileException.class).hasMessageContaining("无法识别的文件格式");
        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertThatThrownBy(() -> LedgerFiles.open(xls, "old.xls")).isInstanceOf(LedgerFileException.class).hasMessageContaining(".xls");
        Path broken = Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5});
        assertThatThrownBy(() -> LedgerFiles.open(broken, "broken.zip")).isInstanceOf(LedgerFileException.class).hasMessageContaining("无法读取");
    }
}
