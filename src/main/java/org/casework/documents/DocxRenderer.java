package org.casework.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The same document as Word (.docx), for offices that edit before printing: A4 with 公文 margins,
 * 宋体 for Chinese text (黑体 for titles and headings), Times New Roman for Latin and digits.
 */
final class DocxRenderer {

    private static final double BODY_SIZE = 14;
    private static final int TWIPS_PER_MM = 57;
    private static final int TEXT_WIDTH_TWIPS = (210 - 28 - 26) * TWIPS_PER_MM;

    private DocxRenderer() {
    }

    static byte[] render(DocumentContent c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            pageNumbers(doc);
            doc.getProperties().getCoreProperties().setTitle(c.number() == null ? c.title() : c.title() + " " + c.number());
            doc.getProperties().getCoreProperties().setCreator("casework");
            if (c.orgName() != null && !c.orgName().isBlank()) {
                XWPFParagraph org = paragraph(doc, ParagraphAlignment.CENTER, 120);
                run(org, c.orgName(), 18, true);
            }
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, c.number() == null ? 360 : 160);
            run(title, c.title(), 22, true);
            if (c.number() != null) {
                XWPFParagraph number = paragraph(doc, ParagraphAlignment.RIGHT, 280);
                run(number, c.number(), 13, false);
            }
            for (Block block : c.blocks()) {
                add(doc, block);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(XWPFDocument doc, Block block) {
        if (block instanceof Block.Heading h) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 0);
            p.setSpacingBefore(120);
            run(p, h.text(), BODY_SIZE, true);
        } else if (block instanceof Block.Paragraph para) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 0);
            p.setIndentationFirstLine((int) (2 * BODY_SIZE * 20));
            run(p, para.text(), BODY_SIZE, false);
        } else if (block instanceof Block.Line line) {
            run(paragraph(doc, ParagraphAlignment.LEFT, 0), line.label() + "：" + line.value(), BODY_SIZE, false);
        } else if (block instanceof Block.Fields fields) {
            fieldsTable(doc, fields.rows());
        } else if (block instanceof Block.Grid grid) {
            gridTable(doc, grid.columns(), grid.rows());
        } else if (block instanceof Block.Sign sign) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 0);
            p.setSpacingBefore(200);
            CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
            XWPFRun r = run(p, sign.label() + "：" + sign.name(), 13, false);
            if (sign.dated()) {
                r.addTab();
                r.setText("年      月      日");
            }
        } else if (block instanceof Block.Seal seal) {
            XWPFParagraph name = paragraph(doc, ParagraphAlignment.RIGHT, 0);
            name.setSpacingBefore(600);
            name.setIndentationRight(1120);
            run(name, seal.name() == null ? "" : seal.name(), BODY_SIZE, false);
            XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT, 0);
            date.setIndentationRight(1120);
            run(date, ChineseFormats.date(seal.date()), BODY_SIZE, false);
        } else if (block instanceof Block.Note note) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 0);
            p.setSpacingBefore(160);
            run(p, note.text(), 10.5, false);
        }
    }

    private static void fieldsTable(XWPFDocument doc, List<Block.Field> rows) {
        XWPFTable table = doc.createTable(rows.size(), 2);
        table.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i);
            row.setHeight(520);
            cell(row.getCell(0), rows.get(i).label(), true, "26%", ParagraphAlignment.CENTER).setColor("EEEEEE");
            cell(row.getCell(1), rows.get(i).value(), false, "74%", ParagraphAlignment.LEFT);
        }
        doc.createParagraph();
    }

    private static void gridTable(XWPFDocument doc, List<String> columns, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, columns.size());
        table.setWidth("100%");
        String width = (100 / columns.size()) + "%";
        for (int c = 0; c < columns.size(); c++) {
            cell(table.getRow(0).getCell(c), columns.get(c), true, width, ParagraphAlignment.CENTER).setColor("EEEEEE");
        }
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                cell(table.getRow(r + 1).getCell(c), c < row.size() ? row.get(c) : "", false, width, ParagraphAlignment.LEFT);
            }
        }
        doc.createParagraph();
    }

    private static XWPFTableCell cell(XWPFTableCell cell, String text, boolean bold, String width, ParagraphAlignment align) {
        cell.setWidth(width);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        run(p, text, 12, bold);
        return cell;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int spacingAfter) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(spacingAfter);
        p.setSpacingBetween(1.5);
        return p;
    }

    /** One run; line breaks in the text become Word line breaks. */
    static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(bold ? "黑体" : "宋体", XWPFRun.FontCharRange.eastAsia);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37 * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(35 * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28 * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(26 * TWIPS_PER_MM));
        margins.setFooter(BigInteger.valueOf(20 * TWIPS_PER_MM));
        margins.setHeader(BigInteger.valueOf(15 * TWIPS_PER_MM));
    }

    /** "— PAGE —" in the footer, centred. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", 12, false);
        XWPFRun begin = p.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", 12, false);
    }
}
