package org.casework.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Lays a document out on A4 the way a 执法队 prints it: the issuing body's name and the title centred,
 * the number on the right, the body in 14 pt with two-character indents, form tables ruled, signatures
 * and the issuing body with its date at the bottom right, "— 1 —" page numbers.
 */
final class PdfRenderer {

    static final float MM = 72f / 25.4f;
    static final float BODY_SIZE = 14f;
    static final float LEADING = 25f;
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

    private PdfRenderer() {
    }

    static byte[] render(DocumentContent content) {
        return render(content, null);
    }

    /** With {@code voidMark} set, every page carries a large diagonal 已作废 and the reason under the number. */
    static byte[] render(DocumentContent content, String voidMark) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = newDocument();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PageNumbers(voidMark != null));
        doc.addTitle(content.number() == null ? content.title() : content.title() + " " + content.number());
        doc.addCreator("casework");
        doc.open();
        try {
            header(doc, content);
            if (voidMark != null) {
                Paragraph mark = new Paragraph(text(voidMark, bold(12)));
                mark.setAlignment(Element.ALIGN_RIGHT);
                mark.setSpacingAfter(10);
                doc.add(mark);
            }
            for (Block block : content.blocks()) {
                add(doc, block);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("文书排版失败：" + content.title(), e);
        }
        doc.close();
        return out.toByteArray();
    }

    /** A4 with 公文 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    static Document newDocument() {
        return new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
    }

    /** Text with Chinese line-breaking rules; every piece of text goes through here. */
    static Chunk text(String text, Font font) {
        Chunk chunk = new Chunk(text == null ? "" : text, font);
        chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
        return chunk;
    }

    static Paragraph paragraph(float leading, String text, Font font) {
        return new Paragraph(leading, text(text, font));
    }

    static Font regular(float size) {
        return new Font(PdfFonts.regular(), size);
    }

    static Font bold(float size) {
        return new Font(PdfFonts.bold(), size);
    }

    private static void header(Document doc, DocumentContent c) throws DocumentException {
        if (c.orgName() != null && !c.orgName().isBlank()) {
            doc.add(centred(c.orgName(), bold(18), 6));
        }
        doc.add(centred(c.title(), bold(22), c.number() == null ? 18 : 8));
        if (c.number() != null) {
            Paragraph number = new Paragraph(c.number(), regular(13));
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(14);
            doc.add(number);
        }
    }

    static Paragraph centred(String text, Font font, float after) {
        Paragraph p = new Paragraph(text(text, font));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }

    private static void add(Document doc, Block block) throws DocumentException {
        if (block instanceof Block.Heading h) {
            Paragraph p = paragraph(LEADING, h.text(), bold(BODY_SIZE));
            p.setSpacingBefore(6);
            doc.add(p);
        } else if (block instanceof Block.Paragraph para) {
            Paragraph p = paragraph(LEADING, para.text(), regular(BODY_SIZE));
            p.setFirstLineIndent(2 * BODY_SIZE);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            doc.add(p);
        } else if (block instanceof Block.Line line) {
            Paragraph p = paragraph(LEADING, line.label() + "：" + line.value(), regular(BODY_SIZE));
            doc.add(p);
        } else if (block instanceof Block.Fields fields) {
            doc.add(fieldsTable(fields.rows()));
        } else if (block instanceof Block.Grid grid) {
            doc.add(gridTable(grid.columns(), grid.rows()));
        } else if (block instanceof Block.Sign sign) {
            doc.add(signLine(sign));
        } else if (block instanceof Block.Seal seal) {
            doc.add(sealBlock(seal));
        } else if (block instanceof Block.Note note) {
            Paragraph p = paragraph(18, note.text(), regular(10.5f));
            p.setSpacingBefore(8);
            doc.add(p);
        }
    }

    static PdfPTable fieldsTable(List<Block.Field> rows) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {26, 74});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        for (Block.Field row : rows) {
            PdfPCell label = cell(row.label(), bold(12), Element.ALIGN_CENTER);
            label.setBackgroundColor(SHADE);
            table.addCell(label);
            table.addCell(cell(row.value(), regular(12), Element.ALIGN_LEFT));
        }
        return table;
    }

    static PdfPTable gridTable(List<String> columns, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String column : columns) {
            PdfPCell head = cell(column, bold(11), Element.ALIGN_CENTER);
            head.setBackgroundColor(SHADE);
            table.addCell(head);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                table.addCell(cell(i < row.size() ? row.get(i) : "", regular(11), Element.ALIGN_LEFT));
            }
        }
        return table;
    }

    static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text(text, font)));
        cell.setPadding(6);
        cell.setMinimumHeight(26);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setLeading(0, 1.35f);
        return cell;
    }

    private static PdfPTable signLine(Block.Sign sign) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {62, 38});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        PdfPCell who = plainCell(new Phrase(text(sign.label() + "：" + sign.name(), regular(13))), Element.ALIGN_LEFT);
        PdfPCell when = plainCell(new Phrase(sign.dated() ? "年      月      日" : "", regular(13)), Element.ALIGN_RIGHT);
        table.addCell(who);
        table.addCell(when);
        return table;
    }

    private static PdfPTable sealBlock(Block.Seal seal) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        table.setSpacingBefore(30);
        table.setKeepTogether(true);
        table.addCell(plainCell(new Phrase(""), Element.ALIGN_LEFT));
        Phrase text = new Phrase(LEADING, (seal.name() == null ? "" : seal.name()) + "\n" + ChineseFormats.date(seal.date()),
                regular(BODY_SIZE));
        table.addCell(plainCell(text, Element.ALIGN_CENTER));
        return table;
    }

    private static PdfPCell plainCell(Phrase phrase, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setPadding(2);
        return cell;
    }

    /** "— 1 —" centred under the text block, as 公文 pages are numbered. */
    static final class PageNumbers extends PdfPageEventHelper {
        private final boolean voided;

        PageNumbers(boolean voided) {
            this.voided = voided;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (voided) {
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                PdfGState faint = new PdfGState();
                faint.setFillOpacity(0.25f);
                under.setGState(faint);
                Font mark = bold(96);
                mark.setColor(new Color(0xC0, 0x00, 0x00));
                ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new Phrase("已作废", mark),
                        document.getPageSize().getWidth() / 2, document.getPageSize().getHeight() / 2, 45);
                under.restoreState();
            }
            float x = (document.left() + document.right()) / 2;
            float y = document.bottom() - 14 * MM;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("— " + writer.getPageNumber() + " —", regular(12)), x, y, 0);
        }
    }
}
