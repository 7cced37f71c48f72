package org.casework.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty ledger template: a first sheet 填写说明 (formats and allowed values of every column), then
 * one sheet per kind with its header row; required columns in bold red with a comment, text columns
 * formatted as text (so that ID numbers keep their digits), drop-down lists for choices.
 */
final class LedgerTemplate {

    static final String FILE_NAME = "台账导入模板.xlsx";
    private static final int PREPARED_ROWS = 5000;

    /** Notes beyond the column's format, by "sheet/column". */
    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("组织机构/代码", "机构代码：字母、数字、下划线、连字符或点，最长 40 位；已存在的代码会更新该机构"),
            Map.entry("组织机构/上级代码", "上级机构的代码（系统中已有的，或本表中列出的）；空白：新机构为顶级机构，已有机构保持原上级"),
            Map.entry("调解组织/代码", "同一代码也出现在“组织机构”表中时视为同一个机构"),
            Map.entry("调解组织/上级代码", "只在本表中出现的调解组织会建在此机构之下"),
            Map.entry("执法人员/执法证号", "同一执法主体下按执法证号识别人员；没有证号时按姓名识别"),
            Map.entry("处罚案件/立案日期", "一般程序必填（决定结果为不予立案的除外）"),
            Map.entry("处罚案件/延期天数", "经批准延长的办案期限（天）"),
            Map.entry("处罚案件/处罚种类", "决定结果为处罚时至少填一种"),
            Map.entry("处罚案件/罚款金额", "处罚种类含罚款时必须大于 0；简易程序对自然人不超过 200 元、对法人或其他组织不超过 3000 元"),
            Map.entry("处罚案件/不予处罚理由", "决定结果为不予处罚时必填"),
            Map.entry("处罚案件/移送类型", "决定结果为移送时，移送类型、移送机关、移送日期均须填写"),
            Map.entry("处罚案件/实缴金额", "已缴纳的罚没款，不含加处罚款"),
            Map.entry("处罚案件/加处罚款", "已缴纳的加处罚款"),
            Map.entry("处罚案件/结案日期", "简易程序可不填"),
            Map.entry("复议案件/原处罚案号", "被复议的处罚决定的案号；系统中有此案件时自动关联"),
            Map.entry("诉讼案件/负责人出庭", "出庭负责人职务为主要负责人、副职负责人或分管负责人时才计为负责人出庭"),
            Map.entry("调解案件/办结日期", "达成协议的，同时为协议日期"),
            Map.entry("信访投诉/渠道", "系统信访渠道列表中的代码，如 来访、来信、电话、网上信访、12345、8890、城运平台、社会治理平台、信访转办、督办"),
            Map.entry("信访投诉/办理期限", "应办结的日期"));

    private LedgerTemplate() {
    }

    static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            instructions(wb, styles);
            for (LedgerSheet sheet : LedgerSheet.values()) {
                sheet(wb, styles, sheet);
            }
            wb.write(out);
        }
    }

    private static void instructions(XSSFWorkbook wb, Styles styles) {
        XSSFSheet sheet = wb.createSheet("填写说明");
        int r = 0;
        cell(sheet.createRow(r++), 0, "台账导入模板：填写说明", styles.title);
        String[] rules = {
                "1. 每类记录一个工作表，工作表名称不能改；不导入的工作表可以删除或留空。第 1 行为表头，从第 2 行起每行一条记录。",
                "2. 列的顺序可以调整；非必填列可以删除（视为空白）；不能增加本说明中没有的列（列名写错会报错，以免数据被悄悄丢掉）。",
                "3. 红色粗体的列为必填列。",
                "4. 日期写作 2020-05-31 或 2020/5/31，也可以是 Excel 日期单元格；只有集体讨论日期、陈述申辩日期、回访日期可以填写多个日期，以英文分号 ; 分隔。",
                "5. 金额以元为单位，最多两位小数，不带千位分隔符，如 52600 或 52600.00。",
                "6. 是/否 列填写“是”或“否”，空白视为否。多个值以顿号 、 或分号 ; 分隔。",
                "7. 执法主体、调解组织、被申请人、被告、承办单位、上级代码 填写机构代码；机构须已在系统中，或在本文件的“组织机构”“调解组织”表中列出。",
                "8. 记录按“机构 + 编号”识别（执法人员按机构 + 执法证号，无证号时按姓名；调解员按调解组织 + 姓名）：再次导入同一文件不会重复新增，已有记录按文件内容更新。",
                "9. 整个文件要么全部导入，要么（有任何错误时）全部不导入；错误会逐一列出工作表、行号、列和原因。",
                "10. 也可以把每个工作表另存为 UTF-8 编码的 CSV 文件（文件名为工作表名称，如 处罚案件.csv），打包成 ZIP 后导入。",
        };
        for (String rule : rules) {
            cell(sheet.createRow(r++), 0, rule, styles.wrap);
        }
        r++;
        Row header = sheet.createRow(r++);
        String[] heads = {"工作表", "列", "必填", "填写格式", "可选值 / 说明"};
        for (int i = 0; i < heads.length; i++) {
            cell(header, i, heads[i], styles.header);
        }
        for (LedgerSheet s : LedgerSheet.values()) {
            for (LedgerColumn c : s.columns()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, s.title(), styles.plain);
                cell(row, 1, c.header(), c.required() ? styles.requiredPlain : styles.plain);
                cell(row, 2, c.required() ? "是" : "", styles.plain);
                cell(row, 3, c.kind().description() + (c.maxLength() > 0 && c.kind() == LedgerColumn.Kind.TEXT
                        ? "，最多 " + c.maxLength() + " 字" : ""), styles.wrap);
                String allowed = c.kind() == LedgerColumn.Kind.YES_NO ? "" : c.allowedText();
                String note = NOTES.getOrDefault(s.title() + "/" + c.header(), "");
                cell(row, 4, allowed.isEmpty() ? note : note.isEmpty() ? allowed : allowed + "。" + note, styles.wrap);
            }
        }
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 6 * 256);
        sheet.setColumnWidth(3, 40 * 256);
        sheet.setColumnWidth(4, 80 * 256);
    }

    private static void sheet(XSSFWorkbook wb, Styles styles, LedgerSheet ledgerSheet) {
        XSSFSheet sheet = wb.createSheet(ledgerSheet.title());
        Row header = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int i = 0;
        for (LedgerColumn column : ledgerSheet.columns()) {
            XSSFCell cell = cell(header, i, column.header(), column.required() ? styles.required : styles.header);
            String note = NOTES.get(ledgerSheet.title() + "/" + column.header());
            String comment = (column.required() ? "必填。" : "") + column.kind().description()
                    + (column.allowed().isEmpty() || column.kind() == LedgerColumn.Kind.YES_NO ? "" : "：" + column.allowedText())
                    + (note == null ? "" : "。" + note);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 4);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment c = drawing.createCellComment(anchor);
            c.setString(wb.getCreationHelper().createRichTextString(comment));
            cell.setCellComment(c);
            sheet.setDefaultColumnStyle(i, switch (column.kind()) {
                case DATE -> styles.date;
                case AMOUNT -> styles.amount;
                case INTEGER -> styles.plain;
                default -> styles.text;
            });
            sheet.setColumnWidth(i, Math.max(12, column.header().length() * 2 + 4) * 256);
            String list = column.kind() == LedgerColumn.Kind.CHOICE || column.kind() == LedgerColumn.Kind.YES_NO
                    ? String.join(",", column.allowed()) : null;
            if (list != null && list.length() < 250) {
                DataValidation validation = validations.createValidation(
                        validations.createExplicitListConstraint(column.allowed().toArray(String[]::new)),
                        new CellRangeAddressList(1, PREPARED_ROWS, i, i));
                validation.setShowErrorBox(true);
                validation.createErrorBox("不是允许的值", "应为：" + column.allowedText());
                sheet.addValidationData(validation);
            }
            i++;
        }
        sheet.createFreezePane(0, 1);
    }

    private static XSSFCell cell(Row row, int column, String text, CellStyle style) {
        XSSFCell cell = (XSSFCell) row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle required;
        final CellStyle requiredPlain;
        final CellStyle plain;
        final CellStyle wrap;
        final CellStyle text;
        final CellStyle date;
        final CellStyle amount;

        Styles(XSSFWorkbook wb) {
            short textFormat = wb.createDataFormat().getFormat("@");
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.RED.getIndex());
            title = wb.createCellStyle();
            title.setFont(big);
            header = headerStyle(wb, bold, textFormat);
            required = headerStyle(wb, red, textFormat);
            requiredPlain = wb.createCellStyle();
            requiredPlain.setFont(red);
            plain = wb.createCellStyle();
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        }

        private static CellStyle headerStyle(XSSFWorkbook wb, Font font, short textFormat) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setDataFormat(textFormat);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
        }
    }
}
