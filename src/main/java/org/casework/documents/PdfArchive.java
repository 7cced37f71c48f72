package org.casework.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One case, one file (一案一卷): a cover page, a table of contents with each document's title, number,
 * date and first page, then every document in order. Pages carry the file's own page number at the
 * top right (卷内页号), and the PDF has one bookmark per document.
 */
final class PdfArchive {

    private PdfArchive() {
    }

    static byte[] assemble(String orgName, CaseKind kind, ArchiveCover cover, List<DocumentContent> documents) {
        List<byte[]> rendered = documents.stream().map(PdfRenderer::render).toList();
        List<Integer> pages = rendered.stream().map(PdfArchive::pageCount).toList();
        int docPages = pages.stream().mapToInt(Integer::intValue).sum();
        int frontPages = 2;
        byte[] front = front(orgName, kind, cover, documents, pages, frontPages, docPages);
        int actual = pageCount(front);
        if (actual != frontPages) {
            front = front(orgName, kind, cover, documents, pages, actual, docPages);
        }
        List<byte[]> parts = new ArrayList<>();
        parts.add(front);
        parts.addAll(rendered);
        return concatenate(parts, documents, pageCount(front));
    }

    private static byte[] front(String orgName, CaseKind kind, ArchiveCover cover, List<DocumentContent> documents,
                                List<Integer> pages, int frontPages, int docPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = PdfRenderer.newDocument();
        PdfWriter.getInstance(doc, out);
        doc.addTitle(kind.label() + "卷宗");
        doc.open();
        try {
            coverPage(doc, orgName, kind, cover, documents.size(), frontPages + docPages);
            doc.newPage();
            doc.add(PdfRenderer.centred("卷内文书目录", PdfRenderer.bold(20), 16));
            List<List<String>> rows = new ArrayList<>();
            int page = frontPages + 1;
            for (int i = 0; i < documents.size(); i++) {
                DocumentContent d = documents.get(i);
                rows.add(List.of(String.valueOf(i + 1), d.title(), d.number() == null ? "" : d.number(),
                        ChineseFormats.numericDate(d.date()), String.valueOf(page)));
                page += pages.get(i);
            }
            PdfPTable toc = PdfRenderer.gridTable(List.of("序号", "文书名称", "文书编号", "日期", "页号"), rows);
            toc.setWidths(new float[] {7, 28, 37, 19, 9});
            doc.add(toc);
        } catch (DocumentException e) {
            throw new IllegalStateException("卷宗封面排版失败", e);
        }
        doc.close();
        return out.toByteArray();
    }

    private static void coverPage(Document doc, String orgName, CaseKind kind, ArchiveCover cover, int documents, int totalPages)
            throws DocumentException {
        Paragraph org = PdfRenderer.centred(orgName, PdfRenderer.bold(20), 40);
        org.setSpacingBefore(30);
        doc.add(org);
        doc.add(PdfRenderer.centred(kind.label() + "卷宗", PdfRenderer.bold(30), 50));
        List<Block.Field> rows = new ArrayList<>();
        rows.add(new Block.Field("案件编号", text(cover.caseNumber())));
        rows.add(new Block.Field("案件名称", text(cover.caseTitle())));
        rows.add(new Block.Field("当事人", text(cover.parties())));
        rows.add(new Block.Field(kind == CaseKind.PENALTY_CASE ? "立案日期" : "受理日期", ChineseFormats.numericDate(cover.openedOn())));
        rows.add(new Block.Field("结案日期", ChineseFormats.numericDate(cover.closedOn())));
        rows.add(new Block.Field("卷内文书", documents + " 件"));
        rows.add(new Block.Field("本卷页数", "共 " + totalPages + " 页"));
        rows.add(new Block.Field("保管期限", text(cover.retention())));
        doc.add(PdfRenderer.fieldsTable(rows));
        Font font = PdfRenderer.regular(14);
        Paragraph signers = new Paragraph(30, "立卷人：____________        检查人：____________", font);
        signers.setSpacingBefore(60);
        signers.setAlignment(Element.ALIGN_CENTER);
        doc.add(signers);
        Paragraph date = new Paragraph(30, "立卷日期：______年____月____日", font);
        date.setAlignment(Element.ALIGN_CENTER);
        doc.add(date);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static byte[] concatenate(List<byte[]> parts, List<DocumentContent> documents, int frontPages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        try {
            PdfCopy copy = new PdfCopy(doc, out);
            copy.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            doc.open();
            BaseFont digits = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            List<Map<String, Object>> outline = new ArrayList<>();
            outline.add(bookmark("封面及目录", 1));
            int pageNo = 0;
            for (int p = 0; p < parts.size(); p++) {
                PdfReader reader = new PdfReader(parts.get(p));
                if (p > 0) {
                    DocumentContent d = documents.get(p - 1);
                    outline.add(bookmark(d.title() + (d.number() == null ? "" : " " + d.number()), pageNo + 1));
                }
                for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                    PdfImportedPage page = copy.getImportedPage(reader, i);
                    pageNo++;
                    if (pageNo > frontPages) {
                        PdfCopy.PageStamp stamp = copy.createPageStamp(page);
                        ColumnText.showTextAligned(stamp.getOverContent(), Element.ALIGN_RIGHT,
                                new Phrase(String.valueOf(pageNo), new Font(digits, 11)),
                                page.getWidth() - 15 * PdfRenderer.MM, page.getHeight() - 12 * PdfRenderer.MM, 0);
                        stamp.alterContents();
                    }
                    copy.addPage(page);
                }
                reader.close();
            }
            copy.setOutlines(outline);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("卷宗合并失败", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, Object> bookmark(String title, int page) {
        Map<String, Object> m = new HashMap<>();
        m.put("Title", title);
        m.put("Action", "GoTo");
        m.put("Page", page + " Fit");
        return m;
    }

    private static int pageCount(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            int n = reader.getNumberOfPages();
            reader.close();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
