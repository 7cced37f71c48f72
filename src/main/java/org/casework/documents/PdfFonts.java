package org.casework.documents;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC (OFL, from {@code com.helger.font:ph-fonts-noto-sans-sc}) for the PDFs: Identity-H,
 * embedded and subset, so every PDF carries the glyphs it uses and the text stays extractable.
 * Loaded once; each font file is about 10 MB.
 */
final class PdfFonts {

    private static final String DIR = "/fonts/ttf/NotoSansSC/";
    private static volatile BaseFont regular;
    private static volatile BaseFont bold;

    private PdfFonts() {
    }

    static BaseFont regular() {
        BaseFont f = regular;
        if (f == null) {
            synchronized (PdfFonts.class) {
                if (regular == null) {
                    regular = load("NotoSansSC-Regular.ttf");
                }
                f = regular;
            }
        }
        return f;
    }

    static BaseFont bold() {
        BaseFont f = bold;
        if (f == null) {
            synchronized (PdfFonts.class) {
                if (bold == null) {
                    bold = load("NotoSansSC-Bold.ttf");
                }
                f = bold;
            }
        }
        return f;
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("字体文件缺失：" + DIR + file + "（依赖 ph-fonts-noto-sans-sc）");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
