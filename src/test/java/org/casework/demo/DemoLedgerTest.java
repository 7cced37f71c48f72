package org.casework.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.casework.ledger.LedgerRowCheck;
import org.casework.ledger.LedgerSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/** The demo ledger without a database: reproducible, accepted by the ledger's row parser, realistic. */
class DemoLedgerTest {

    static final Set<String> DEMO_ORGS = Set.of(DemoOrganisations.DISTRICT, DemoOrganisations.JD1, DemoOrganisations.JD2,
            DemoOrganisations.SQUAD1, DemoOrganisations.COMMITTEE1, DemoOrganisations.VILLAGE2, DemoOrganisations.BUREAU,
            DemoOrganisations.CENTRE);

    /** The bundled official calendar, as the application loads it on start. */
    static Predicate<LocalDate> bundledCalendar() throws Exception {
        Map<LocalDate, Boolean> days = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("db/calendar/cn-work-calendar.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().skip(1).map(line -> line.split(",")).forEach(cells -> days.put(LocalDate.parse(cells[0]),
                    "WORKDAY".equals(cells[1])));
        }
        return d -> days.getOrDefault(d, d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @Test
    void theSameSeedGivesTheSameRows() throws Exception {
        Predicate<LocalDate> calendar = bundledCalendar();
        Map<LedgerSheet, List<String[]>> first = DemoLedger.generate(DemoLedger.SEED, calendar);
        Map<LedgerSheet, List<String[]>> second = DemoLedger.generate(DemoLedger.SEED, calendar);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((sheet, rows) -> assertThat(second.get(sheet)).as(sheet.title()).containsExactlyElementsOf(rows));
        assertThat(DemoLedger.generate(DemoLedger.SEED + 1, calendar).get(LedgerSheet.PENALTY_CASES))
                .as("another seed, other rows").isNotEqualTo(first.get(LedgerSheet.PENALTY_CASES));
    }

    @Test
    void everyRowPassesTheLedgersRowParser(@TempDir Path dir) throws Exception {
        Map<LedgerSheet, List<String[]>> sheets = DemoLedger.generate(DemoLedger.SEED, bundledCalendar());
        Path zip = dir.resolve("demo.zip");
        DemoRecords.writeZip(zip, sheets);

        LedgerRowCheck.Parsed parsed = LedgerRowCheck.parse(zip, DEMO_ORGS::contains);

        assertThat(parsed.errors()).isEmpty();
        sheets.forEach((sheet, rows) -> assertThat(parsed.rows().get(sheet.title())).as(sheet.title()).isEqualTo(rows.size() - 1));
        assertThat(Files.size(zip)).isPositive();
    }

    @Test
    void twoFullYearsOfEveryKindInRealisticProportions() throws Exception {
        Map<LedgerSheet, List<String[]>> sheets = DemoLedger.generate(DemoLedger.SEED, bundledCalendar());
        assertThat(sheets.keySet()).containsExactly(LedgerSheet.OFFICERS, LedgerSheet.MEDIATORS, LedgerSheet.INSPECTIONS,
                LedgerSheet.PENALTY_CASES, LedgerSheet.RECONSIDERATIONS, LedgerSheet.LITIGATIONS, LedgerSheet.DISPUTES,
                LedgerSheet.PETITIONS);
        assertThat(DemoLedger.rowCount(sheets)).isBetween(2500, 4000);
        for (int year = DemoLedger.FIRST_YEAR; year <= DemoLedger.LAST_YEAR; year++) {
            String y = String.valueOf(year);
            long penalties = rows(sheets, LedgerSheet.PENALTY_CASES).stream()
                    .filter(r -> starts(r, sheets, LedgerSheet.PENALTY_CASES, "决定日期", y) && "处罚".equals(cell(sheets, LedgerSheet.PENALTY_CASES, r, "决定结果")))
                    .count();
            assertThat(penalties).as("penalty decisions in " + y).isBetween(100L, 200L);
            List<String[]> closed = rows(sheets, LedgerSheet.DISPUTES).stream()
                    .filter(r -> starts(r, sheets, LedgerSheet.DISPUTES, "办结日期", y)).toList();
            long agreed = closed.stream().filter(r -> !"终止".equals(cell(sheets, LedgerSheet.DISPUTES, r, "结果"))).count();
            assertThat((double) agreed / closed.size()).as("mediation success in " + y).isBetween(0.95, 0.99);
            assertThat(rows(sheets, LedgerSheet.PETITIONS).stream().filter(r -> starts(r, sheets, LedgerSheet.PETITIONS, "登记日期", y)))
                    .as("petitions in " + y).hasSizeGreaterThan(300);
            for (LedgerSheet sheet : List.of(LedgerSheet.RECONSIDERATIONS, LedgerSheet.LITIGATIONS, LedgerSheet.INSPECTIONS)) {
                String dateColumn = sheet == LedgerSheet.RECONSIDERATIONS ? "收案日期" : sheet == LedgerSheet.LITIGATIONS ? "收到起诉状日期" : "检查日期";
                assertThat(rows(sheets, sheet).stream().filter(r -> starts(r, sheets, sheet, dateColumn, y))).as(sheet.title() + " in " + y)
                        .isNotEmpty();
            }
        }
        // nothing has happened after the end of 2025 (a certificate's validity and a due date may lie later)
        sheets.forEach((sheet, rows) -> {
            List<String> headers = List.of(rows.get(0));
            for (String[] row : rows.subList(1, rows.size())) {
                for (int c = 0; c < row.length; c++) {
                    if (row[c] != null && row[c].matches("\\d{4}-\\d{2}-\\d{2}.*")
                            && !Set.of("证件有效期至", "办理期限").contains(headers.get(c))) {
                        for (String date : row[c].split(";")) {
                            assertThat(LocalDate.parse(date)).as(sheet.title() + " " + headers.get(c)).isBeforeOrEqualTo(DemoLedger.LAST_DAY);
                        }
                    }
                }
            }
        });
    }

    private static List<String[]> rows(Map<LedgerSheet, List<String[]>> sheets, LedgerSheet sheet) {
        return sheets.get(sheet).subList(1, sheets.get(sheet).size());
    }

    private static String cell(Map<LedgerSheet, List<String[]>> sheets, LedgerSheet sheet, String[] row, String header) {
        return row[List.of(sheets.get(sheet).get(0)).indexOf(header)];
    }

    private static boolean starts(String[] row, Map<LedgerSheet, List<String[]>> sheets, LedgerSheet sheet, String header, String year) {
        String value = cell(sheets, sheet, row, header);
        return value != null && value.startsWith(year);
    }
}
