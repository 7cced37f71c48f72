package org.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casework.documents.DocumentSamples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document type renders to PDF and Word with its Chinese text readable back. */
class DocumentRenderingTest {

    private static final String ORG = "滨湖新区东湖街道办事处";
    private static final LocalDate ISSUED_ON = LocalDate.of(2024, 4, 20);

    static Stream<Sample> samples() {
        return DocumentSamples.all().stream();
    }

    private static DocumentContent issued(Sample s) {
        DocumentType type = s.form().type();
        return s.form().toContent().issued(ORG, type.number("东街", 2024, 12), ISSUED_ON);
    }

    @Test
    void everyTypeHasASample() {
        Set<DocumentType> covered = DocumentSamples.all().stream().map(s -> s.form().type()).collect(Collectors.toSet());
        assertThat(covered).isEqualTo(EnumSet.allOf(DocumentType.class));
    }

    @ParameterizedTest(name = "{index}: PDF of {0}")
    @MethodSource("samples")
    void pdfCarriesTheChineseText(Sample s) {
        DocumentContent content = issued(s);
        String text = DocumentText.pdf(PdfRenderer.render(content));
        assertThat(text).contains(ORG, content.title(), content.number());
        for (String phrase : s.expected()) {
            assertThat(text).as("PDF of %s", content.title()).contains(DocumentText.squeeze(phrase));
        }
    }

    @ParameterizedTest(name = "{index}: Word of {0}")
    @MethodSource("samples")
    void docxCarriesTheChineseText(Sample s) {
        DocumentContent content = issued(s);
        String text = DocumentText.docx(DocxRenderer.render(content));
        assertThat(text).contains(ORG, content.title(), content.number());
        for (String phrase : s.expected()) {
            assertThat(text).as("Word of %s", content.title()).contains(DocumentText.squeeze(phrase));
        }
    }

    @ParameterizedTest(name = "{index}: stored content of {0}")
    @MethodSource("samples")
    void storedContentRendersIdentically(Sample s) {
        DocumentContent content = issued(s);
        DocumentContent reread = ContentJson.read(ContentJson.write(content));
        assertThat(reread).isEqualTo(content);
        assertThat(DocumentText.pdf(PdfRenderer.render(reread))).isEqualTo(DocumentText.pdf(PdfRenderer.render(content)));
    }

    @Test
    void pdfEmbedsASubsetOfTheCjkFont() throws IOException {
        byte[] pdf = PdfRenderer.render(issued(DocumentSamples.penaltyDecision()));
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as("%s embedded", f.getName()).isTrue();
                assertThat(f.getName()).as("subset prefix").matches("[A-Z]{6}\\+NotoSansSC.*");
            });
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void docxSetsAChineseFontForEastAsianText() throws IOException {
        byte[] docx = DocxRenderer.render(issued(DocumentSamples.agreement()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFRun title = doc.getParagraphs().get(1).getRuns().get(0);
            assertThat(title.text()).isEqualTo("调解协议书");
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFRun body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("履行方式")).findFirst().orElseThrow()
                    .getRuns().get(0);
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
        }
    }

    @Test
    void aVoidedDocumentSaysSoOnEveryPage() {
        String text = DocumentText.pdf(PdfRenderer.render(issued(DocumentSamples.priorNotice()), "本文书已作废（当事人名称有误）"));
        assertThat(text).contains("已作废", "当事人名称有误");
    }
}
