package org.casework.ledger.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.casework.ledger.LedgerError;
import org.casework.ledger.LedgerFileException;
import org.casework.ledger.LedgerSheet;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An XLSX workbook, one sheet per kind, read with POI's event API (shared strings and styles, then
 * each sheet's XML as a SAX stream): a 100,000-row sheet is never held in memory. Date cells become
 * ISO dates; other number cells their plain value (no thousands separators, no rounding for display).
 */
final class XlsxWorkbook implements LedgerWorkbook {

    /** The template's instruction sheet; ignored on import. */
    static final String INSTRUCTIONS_SHEET = "填写说明";

    private final OPCPackage pkg;
    /** For each cell style of the workbook, whether it shows a date. */
    private final boolean[] dateStyles;
    private final SharedStrings strings;
    private final Map<LedgerSheet, PackagePart> parts = new EnumMap<>(LedgerSheet.class);
    private final List<LedgerError> problems = new ArrayList<>();

    XlsxWorkbook(OPCPackage pkg) throws IOException {
        this.pkg = pkg;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            this.dateStyles = dateStyles(reader.getStylesTable());
            this.strings = sharedStrings(reader);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                it.next().close();
                String name = it.getSheetName().strip();
                PackagePart part = it.getSheetPart();
                Optional<LedgerSheet> sheet = LedgerSheet.byTitle(name);
                if (sheet.isPresent()) {
                    if (parts.containsKey(sheet.get())) {
                        problems.add(new LedgerError(name, null, null, "工作表“" + name + "”出现了不止一次"));
                    } else {
                        parts.put(sheet.get(), part);
                    }
                } else if (!name.equals(INSTRUCTIONS_SHEET) && hasAnyValue(part)) {
                    problems.add(new LedgerError(name, null, null, "无法识别的工作表“" + name + "”：工作表名称应为 "
                            + LedgerSheet.titles() + " 之一（“" + INSTRUCTIONS_SHEET + "”和空白工作表会被忽略）"));
                }
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new LedgerFileException("工作簿无法读取：" + e.getMessage(), e);
        }
    }

    @Override
    public List<LedgerSheet> sheets() {
        return List.copyOf(parts.keySet());
    }

    @Override
    public List<LedgerError> problems() {
        return problems;
    }

    @Override
    public int estimatedRows(LedgerSheet sheet) {
        PackagePart part = parts.get(sheet);
        if (part == null) {
            return 0;
        }
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            int rows = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (name.equals("dimension")) {
                    int fromDimension = lastRowOf(xml.getAttributeValue(null, "ref"));
                    if (fromDimension > 1) {
                        return fromDimension - 1;
                    }
                } else if (name.equals("row")) {
                    rows++;
                }
            }
            return Math.max(rows - 1, 0);
        } catch (IOException | XMLStreamException e) {
            return 0;
        }
    }

    @Override
    public List<LedgerError> read(LedgerSheet sheet, Consumer<LedgerRow> rows) {
        PackagePart part = parts.get(sheet);
        if (part == null) {
            return List.of();
        }
        RawSheetReader reader = new RawSheetReader(sheet, rows);
        RowCollector collector = new RowCollector(reader);
        TypedCellHandler handler = new TypedCellHandler(strings, collector, dateStyles);
        collector.handler = handler;
        try (InputStream in = part.getInputStream()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new LedgerFileException("工作表“" + sheet.title() + "”无法读取：" + e.getMessage(), e);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new LedgerFileException("工作表“" + sheet.title() + "”无法读取：" + e.getMessage(), e);
        }
        return reader.finish();
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static boolean hasAnyValue(PackagePart part) {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && (xml.getLocalName().equals("v") || xml.getLocalName().equals("is"))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | XMLStreamException e) {
            return true;
        }
    }

    /** The last row of a dimension such as "A1:AC608" (608), or 0. */
    static int lastRowOf(String ref) {
        if (ref == null) {
            return 0;
        }
        String last = ref.substring(ref.indexOf(':') + 1);
        String digits = last.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /** The column index of a cell reference such as "AC608" (28). */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    /**
     * POI's sheet handler, given no styles so that number cells come as their stored value; it also
     * remembers whether the current cell is a number cell and whether its style shows a date.
     */
    private static final class TypedCellHandler extends XSSFSheetXMLHandler {
        private final boolean[] dateStyles;
        boolean numberCell;
        boolean dateCell;

        TypedCellHandler(SharedStrings strings, SheetContentsHandler output, boolean[] dateStyles) {
            super(null, strings, output, new DataFormatter(), false);
            this.dateStyles = dateStyles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("c".equals(localName)) {
                String type = attributes.getValue("t");
                numberCell = type == null || type.equals("n");
                String style = attributes.getValue("s");
                int index = style == null ? 0 : parseIndex(style);
                dateCell = index >= 0 && index < dateStyles.length && dateStyles[index];
            }
            super.startElement(uri, localName, qName, attributes);
        }

        private static int parseIndex(String style) {
            try {
                return Integer.parseInt(style);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** Collects one row's cells by column and hands the row on when it ends. */
    private static final class RowCollector implements SheetContentsHandler {
        private final RawSheetReader reader;
        TypedCellHandler handler;
        private String[] cells = new String[32];
        private final BitSet numeric = new BitSet();
        private int width;
        private int lastColumn = -1;

        RowCollector(RawSheetReader reader) {
            this.reader = reader;
        }

        @Override
        public void startRow(int rowNum) {
            Arrays.fill(cells, 0, Math.max(width, 0), null);
            numeric.clear();
            width = 0;
            lastColumn = -1;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? lastColumn + 1 : columnOf(ref);
            lastColumn = col;
            if (col < 0 || value == null) {
                return;
            }
            if (col >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
            }
            if (handler.numberCell) {
                numeric.set(col);
                cells[col] = handler.dateCell ? dateOrNumber(value) : plainNumber(value);
            } else {
                cells[col] = value;
            }
            width = Math.max(width, col + 1);
        }

        @Override
        public void endRow(int rowNum) {
            reader.row(rowNum + 1, Arrays.copyOf(cells, width), (BitSet) numeric.clone());
        }
    }

    /** A number cell with a date style, as 2020-05-31 (a time of day is dropped). */
    static String dateOrNumber(String stored) {
        try {
            double value = Double.parseDouble(stored);
            if (DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
        } catch (NumberFormatException e) {
            // not a number after all: leave it to the parser
        }
        return stored;
    }

    /** A number as stored, without exponent or trailing zeros: 3.1011E9 → 3101100000, 50.0 → 50. */
    static String plainNumber(String stored) {
        if (stored.indexOf('.') < 0 && stored.indexOf('E') < 0 && stored.indexOf('e') < 0) {
            return stored;
        }
        try {
            return new java.math.BigDecimal(stored).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return stored;
        }
    }

    private static boolean[] dateStyles(StylesTable styles) {
        if (styles == null) {
            return new boolean[0];
        }
        boolean[] dates = new boolean[styles.getNumCellStyles()];
        for (int i = 0; i < dates.length; i++) {
            var style = styles.getStyleAt(i);
            int format = style.getDataFormat();
            // 27–36 and 50–58 are the East Asian built-in date formats (yyyy"年"m"月"d"日" and others)
            dates[i] = (format >= 27 && format <= 36) || (format >= 50 && format <= 58)
                    || DateUtil.isADateFormat(format, style.getDataFormatString());
        }
        return dates;
    }

    private static SharedStrings sharedStrings(XSSFReader reader) throws IOException, SAXException {
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            data = null;
        }
        if (data == null) {
            return new SharedStringList();
        }
        try (InputStream in = data) {
            return new SharedStringList(in);
        }
    }
}
