package org.casework.ledger.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings as plain Java strings. POI's read-only table wraps every lookup in an
 * XMLBeans rich-text object, which costs more than the rest of reading a cell; ledgers need the text only.
 * Phonetic runs (rPh) are left out and Excel's _xHHHH_ escapes decoded, as POI does.
 */
final class SharedStringList extends DefaultHandler implements SharedStrings {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    SharedStringList(InputStream xml) throws IOException, SAXException {
        try {
            var parser = XMLHelper.newXMLReader();
            parser.setContentHandler(this);
            parser.parse(new InputSource(xml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** A workbook without shared strings. */
    SharedStringList() {
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> strings.add(decode(text.toString()));
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic) {
            text.append(ch, start, length);
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new PlainText(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    private static String decode(String s) {
        if (!s.contains("_x")) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Text without formatting; only {@link #getString()} and {@link #toString()} are ever asked for. */
    private record PlainText(String text) implements RichTextString {
        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearFormatting() {
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException();
        }
    }
}
