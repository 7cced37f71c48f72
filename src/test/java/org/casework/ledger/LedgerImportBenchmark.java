package org.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark (./mvnw -Pperf test, heap limited to 512 MB): a 100,000-row 处罚案件 sheet in an XLSX
 * workbook, written the way Excel writes it (shared strings, date cells), imported in one go into an
 * H2 file database. Writes target/perf/import.json: rows, seconds, rows per second, peak heap.
 * Goal (issue 4): ≤ 60 s.
 */
@Tag("perf")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/perf/h2/ledger-${random.uuid};MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE",
        "casework.demo.enabled=false",
        "casework.admin.password=admin"})
@ActiveProfiles("test")
class LedgerImportBenchmark {

    static final int ROWS = Integer.getInteger("ledger.perf.rows", 100_000);
    static final String[] ORGS = {"PERF-1", "PERF-2", "PERF-3", "PERF-4"};
    static final String[] CAUSES = {"占道经营", "违规停放车辆", "乱堆物料", "油烟扰民", "未按规定处置建筑垃圾", "无照经营", "违规设置户外广告"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞"};

    @Autowired
    LedgerImportService imports;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void import100000PenaltyCasesWithin512MbHeap() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "perf"));
        Path file = dir.resolve("ledger-100k.xlsx");
        write(file);
        SignIn.as(users, "admin");

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        LedgerImportResult result = imports.importFile(file, file.getFileName().toString(), ImportProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        sampler.interrupt();
        sampler.join();

        long mb = 1024 * 1024;
        String json = String.format(Locale.ROOT, """
                {
                  "benchmark": "ledger import, 处罚案件 sheet, XLSX (shared strings, date cells), H2 file database",
                  "rows": %d,
                  "seconds": %.1f,
                  "cpuSecondsOfImportThread": %.1f,
                  "rowsPerSecond": %.0f,
                  "peakHeapMb": %d,
                  "heapLimitMb": %d,
                  "fileMb": %.1f,
                  "goalSeconds": 60,
                  "accepted": %s,
                  "errorCount": %d
                }
                """, ROWS, seconds, cpuSeconds, ROWS / seconds, peak.get() / mb, Runtime.getRuntime().maxMemory() / mb,
                Files.size(file) / (double) mb, result.accepted(), result.errorCount());
        Files.writeString(dir.resolve("import.json"), json);
        System.out.println(json);

        assertThat(result.errors()).as("first errors").isEmpty();
        assertThat(result.imported()).containsEntry("处罚案件", ROWS);
    }

    /** The ledger: the organisations, then 100,000 penalty cases (60 % general, 40 % simple procedure). */
    static void write(Path file) throws Exception {
        Random random = new Random(42);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet orgs = wb.createSheet("组织机构");
            text(orgs.createRow(0), "代码", "名称", "上级代码", "类型");
            text(orgs.createRow(1), "PERF", "压测区", "", "其他");
            for (int i = 0; i < ORGS.length; i++) {
                text(orgs.createRow(i + 2), ORGS[i], "压测街道" + (i + 1), "PERF", "街道");
            }
            Sheet cases = wb.createSheet("处罚案件");
            String[] header = {"执法主体", "案号", "程序", "当事人类型", "当事人", "证件号码", "案由", "立案日期", "决定日期",
                    "决定结果", "处罚种类", "罚款金额", "需法制审核", "送达日期", "公开日期", "缴款日期", "实缴金额", "结案日期"};
            text(cases.createRow(0), header);
            LocalDate base = LocalDate.of(2019, 1, 2);
            for (int n = 1; n <= ROWS; n++) {
                Row row = cases.createRow(n);
                String org = ORGS[n % ORGS.length];
                boolean simple = n % 5 < 2;
                boolean person = simple || random.nextInt(3) == 0;
                LocalDate filed = base.plusDays(random.nextInt(1000));
                LocalDate decided = simple ? filed : filed.plusDays(20 + random.nextInt(60));
                int fine = simple ? (1 + random.nextInt(4)) * 50 : (2 + random.nextInt(60)) * 100;
                boolean paid = random.nextInt(10) < 8;
                set(row, 0, org);
                set(row, 1, (simple ? "压简罚〔" : "压罚〔") + decided.getYear() + "〕" + n + "号");
                set(row, 2, simple ? "简易" : "一般");
                set(row, 3, person ? "自然人" : "法人");
                set(row, 4, person ? name(random) : "压测" + n + "号商贸有限公司");
                set(row, 5, person ? String.format("3101%014d", n) : String.format("91310115%010d", n));
                set(row, 6, CAUSES[random.nextInt(CAUSES.length)]);
                if (!simple) {
                    set(row, 7, filed, date);
                }
                set(row, 8, decided, date);
                set(row, 9, "处罚");
                set(row, 10, "罚款");
                row.createCell(11).setCellValue(fine);
                set(row, 12, simple ? "" : "否");
                set(row, 13, decided.plusDays(1), date);
                set(row, 14, decided.plusDays(2), date);
                if (paid) {
                    set(row, 15, decided.plusDays(10), date);
                    row.createCell(16).setCellValue(fine);
                    if (!simple) {
                        set(row, 17, decided.plusDays(15), date);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    private static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            set(row, i, values[i]);
        }
    }

    private static void set(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void set(Row row, int column, LocalDate value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

}
