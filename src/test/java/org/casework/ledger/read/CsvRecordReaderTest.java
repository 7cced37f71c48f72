package org.casework.ledger.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<String[]> read(byte[] bytes) throws Exception {
        List<String[]> records = new ArrayList<>();
        try (CsvRecordReader csv = new CsvRecordReader(new ByteArrayInputStream(bytes))) {
            String[] r;
            while ((r = csv.next()) != null) {
                records.add(r);
            }
        }
        return records;
    }

    private static List<String[]> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainRecordsWithCrLfOrLf() throws Exception {
        List<String[]> r = read("代码,名称\r\nSQX,示范区\nSJD1,东湖街道\r\n");
        assertThat(r).hasSize(3);
        assertThat(r.get(1)).containsExactly("SQX", "示范区");
        assertThat(r.get(2)).containsExactly("SJD1", "东湖街道");
    }

    @Test
    void aLeadingBomIsSkipped() throws Exception {
        List<String[]> r = read("\uFEFF代码,名称\nSQX,示范区");
        assertThat(r.get(0)).containsExactly("代码", "名称");
        assertThat(r.get(1)).containsExactly("SQX", "示范区");
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
        List<String[]> r = read("a,b,c\n\"x, y\",\"第一行\r\n第二行\",\"他说\"\"好\"\"\"\nlast,,\n");
        assertThat(r).hasSize(3);
        assertThat(r.get(1)).containsExactly("x, y", "第一行\r\n第二行", "他说\"好\"");
        assertThat(r.get(2)).containsExactly("last", "", "");
    }

    @Test
    void recordNumbersCountRecordsNotLines() throws Exception {
        try (CsvRecordReader csv = new CsvRecordReader(new ByteArrayInputStream(
                "h1,h2\n\"a\nb\",c\n\nd,e\n".getBytes(StandardCharsets.UTF_8)))) {
            csv.next();
            assertThat(csv.recordNumber()).isEqualTo(1);
            assertThat(csv.next()).containsExactly("a\nb", "c");
            assertThat(csv.recordNumber()).isEqualTo(2);
            assertThat(csv.next()).containsExactly("");
            assertThat(csv.recordNumber()).isEqualTo(3);
            assertThat(csv.next()).containsExactly("d", "e");
            assertThat(csv.recordNumber()).isEqualTo(4);
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> read("a,b\nx,\"never closed\n")).isInstanceOf(CsvRecordReader.CsvException.class)
                .hasMessageContaining("引号未闭合").hasMessageContaining("第 2 行");
    }

    @Test
    void textThatIsNotUtf8IsAnError() {
        byte[] gbk = "代码,名称\nSQX,示范区\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> read(gbk)).isInstanceOf(CsvRecordReader.CsvException.class)
                .hasMessageContaining("UTF-8");
    }
}
