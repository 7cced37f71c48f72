package org.casework.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The yearly figures and any drill-down list as XLSX (Apache POI). The figure set is small; a list may
 * hold hundreds of thousands of records, so it streams (SXSSF, a window of rows in memory) and reads the
 * records page by page.
 */
@Component
public class FigureExports {

    static final int PAGE = 5000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FigureService figures;

    FigureExports(FigureService figures) {
        this.figures = figures;
    }

    /** The whole figure set, section by section, with rates' fractions and formulas, year on year, and the 填报 items. */
    public void writeFigures(ReportScope scope, YearlyFigures now, YearlyFigures previous, List<ManualEntry> entries,
                             OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet("年度统计");
            int r = 0;
            title(sheet, r++, st, scope.org().name() + " " + scope.year() + "年度统计" + (scope.subtree() ? "（含下级机构）" : "（本级）"));
            cells(sheet.createRow(r++), null, "机构代码：" + scope.org().code(), "计算时间：" + TIME.format(now.computedAt()));
            r++;
            cells(sheet.createRow(r++), st.header, "分组", "指标", "键", "本年", "单位", "分子", "分母", "口径（公式）",
                    previous.year() + "年", "同比变化");
            Figure.Section section = null;
            for (var e : now.figures().entrySet()) {
                String key = e.getKey();
                FigureValue v = e.getValue();
                Figure figure = figures.figureOf(key);
                boolean part = figure instanceof Figure.Breakdown;
                Row row = sheet.createRow(r++);
                cells(row, null, figure.section() == section ? "" : figure.section().label(),
                        (part ? "　其中：" : "") + figures.labelOf(key), key);
                section = figure.section();
                FigureValue before = previous.get(key);
                if (v.isRate()) {
                    row.createCell(3).setCellValue(v.percentText());
                    row.createCell(4).setCellValue("%");
                    row.createCell(5).setCellValue(v.numerator());
                    row.createCell(6).setCellValue(v.denominator());
                    row.createCell(8).setCellValue(before == null ? "" : before.percentText());
                } else {
                    number(row.createCell(3), v, st);
                    row.createCell(4).setCellValue(v.unit());
                    if (before != null) {
                        number(row.createCell(8), before, st);
                    } else {
                        number(row.createCell(8), v.value() instanceof BigDecimal ? FigureValue.sum(BigDecimal.ZERO, v.unit())
                                : FigureValue.count(0, v.unit()), st);
                    }
                }
                row.createCell(7).setCellValue(figure.definition());
                row.createCell(9).setCellValue(FigureChange.difference(before, v));
            }
            r++;
            title(sheet, r++, st, "填报事项（手工填报，不计入上列计算指标）");
            cells(sheet.createRow(r++), st.header, "填报", "事项", "", "数量", "单位", "", "", "说明", "填报人", "填报时间");
            for (ManualEntry m : entries) {
                Row row = sheet.createRow(r++);
                cells(row, null, "填报", m.item(), "");
                if (m.quantity() != null) {
                    row.createCell(3).setCellValue(m.quantity().doubleValue());
                }
                row.createCell(4).setCellValue(m.unit() == null ? "" : m.unit());
                row.createCell(7).setCellValue(m.note() == null ? "" : m.note());
                row.createCell(8).setCellValue(m.enteredBy());
                row.createCell(9).setCellValue(TIME.format(m.enteredAt()));
            }
            widths(sheet, 14, 30, 44, 16, 6, 10, 10, 70, 16, 18);
            wb.write(out);
            wb.dispose();
        }
    }

    /** The records behind one figure key (or one side of a rate), streamed. */
    public void writeRecords(ReportScope scope, String key, String side, OutputStream out) throws IOException {
        DrillTotal total = figures.drillTotal(scope, key, side);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet("明细");
            int r = 0;
            String sideText = side == null || side.isBlank() ? "" : Selection.DENOMINATOR.equalsIgnoreCase(side.trim()) ? "（分母）" : "（分子）";
            title(sheet, r++, st, scope.year() + "年 " + figures.labelOf(key) + sideText + " 明细");
            cells(sheet.createRow(r++), null, "机构：" + scope.org().name() + "（" + scope.org().code() + "）"
                    + (scope.subtree() ? " 含下级机构" : " 本级"), "指标键：" + key, "共 " + total.size() + " 条"
                    + (total.amount() == null ? "" : "，合计 " + total.amount().toPlainString() + " 元"));
            cells(sheet.createRow(r++), st.header, "序号", "类型", "编号", "名称（当事人）", "机构", "计数日期", "金额");
            long n = 0;
            for (int offset = 0; ; offset += PAGE) {
                List<DrillRow> page = figures.chunk(scope, key, side, offset, PAGE);
                for (DrillRow d : page) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(++n);
                    cells(row, 1, d.typeLabel(), nz(d.number()), nz(d.title()), nz(d.orgName()), d.date() == null ? "" : DATE.format(d.date()));
                    if (d.amount() != null) {
                        Cell c = row.createCell(6);
                        c.setCellValue(d.amount().doubleValue());
                        c.setCellStyle(st.money);
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            if (total.amount() != null) {
                Row row = sheet.createRow(r);
                row.createCell(5).setCellValue("合计");
                Cell c = row.createCell(6);
                c.setCellValue(total.amount().doubleValue());
                c.setCellStyle(st.money);
            }
            widths(sheet, 8, 14, 28, 36, 30, 12, 16);
            wb.write(out);
            wb.dispose();
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle money;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        }
    }

    private static void title(Sheet sheet, int r, Styles st, String text) {
        Cell c = sheet.createRow(r).createCell(0);
        c.setCellValue(text);
        c.setCellStyle(st.title);
    }

    private static void cells(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(values[i]);
            if (style != null) {
                c.setCellStyle(style);
            }
        }
    }

    private static void cells(Row row, int first, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(first + i).setCellValue(values[i]);
        }
    }

    private static void number(Cell cell, FigureValue v, Styles st) {
        if (v.value() instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(st.money);
        } else {
            cell.setCellValue(v.value() == null ? 0 : v.value().longValue());
        }
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
