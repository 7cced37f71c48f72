package org.casework.ledger.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records as RFC 4180 writes them: comma-separated, fields in double quotes may hold
 * commas, line breaks and doubled quotes; CRLF or LF line ends. The text must be UTF-8; a leading
 * BOM is skipped. A record's number counts records from 1 (the header), as a spreadsheet numbers rows.
 */
final class CsvRecordReader implements AutoCloseable {

    /** A broken CSV: an unterminated quote, or text that is not UTF-8. */
    static final class CsvException extends Exception {
        final int record;

        CsvException(int record, String message) {
            super(message);
            this.record = record;
        }
    }

    private final Reader in;
    private final char[] buffer = new char[16384];
    private int length;
    private int position;
    private int recordNumber;
    private boolean started;

    CsvRecordReader(InputStream in) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The number of the record {@link #next()} returned last. */
    int recordNumber() {
        return recordNumber;
    }

    /** The next record's fields, or null at the end of the file. A blank line is a record with one empty field. */
    String[] next() throws CsvException, IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c < 0) {
            return null;
        }
        recordNumber++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw new CsvException(recordNumber, "引号未闭合：第 " + recordNumber + " 行的某个带引号的单元格缺少结尾的双引号");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n' && n >= 0) {
                        position--;
                    }
                }
                fields.add(field.toString());
                return fields.toArray(String[]::new);
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else {
                field.append((char) c);
                fieldStart = false;
            }
            c = read();
        }
    }

    private int read() throws CsvException, IOException {
        if (position >= length) {
            try {
                length = in.read(buffer);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new CsvException(Math.max(recordNumber, 1), "文件不是 UTF-8 编码（约在第 " + Math.max(recordNumber, 1)
                        + " 行）。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”格式");
            }
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
