package org.casework.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads the text back from rendered documents, without white space (lines wrap anywhere in Chinese). */
public final class DocumentText {

    private DocumentText() {
    }

    public static String pdf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return squeeze(new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pdfPages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String docx(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return squeeze(ex.getText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
