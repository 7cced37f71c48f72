package org.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.ledger.read.LedgerWorkbooks;
import org.junit.jupiter.api.AfterEach;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sample ledger (shared/examples/sample-ledger: two years of a district with street offices,
 * mediation bodies and every record kind) through the whole import: every row imported; the same data
 * as XLSX and the ZIP again change nothing; a spoiled copy is refused with every bad row named and
 * nothing written. The test bodies are shared by the H2 run ({@link SampleLedgerImportTest}) and a
 * MariaDB run (a subclass with the CI's MariaDB annotation).
 */
abstract class SampleLedgerImportCheck {

    @Autowired
    LedgerImportService imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** True when no other test imports the sample into this database (so every row must be new). */
    boolean databaseStartsEmpty() {
        return true;
    }

    /** The sample ledger's sheets as rows of cells (header first). */
    Map<LedgerSheet, List<String[]>> sample() throws Exception {
        Path zip = dir.resolve("sample-ledger.zip");
        try (InputStream in = SampleLedgerImportCheck.class.getResourceAsStream("sample-ledger.zip")) {
            Files.copy(in, zip);
        }
        return LedgerWorkbooks.readZip(zip);
    }

    @Test
    void theSampleLedgerImportsCompletelyAndASecondImportChangesNothing() throws Exception {
        Map<LedgerSheet, List<String[]>> sheets = sample();
        Path zip = LedgerWorkbooks.zipSheets(dir.resolve("ledger.zip"), sheets);
        Map<String, Integer> rows = new LinkedHashMap<>();
        sheets.forEach((sheet, r) -> rows.put(sheet.title(), r.size() - 1));

        SignIn.as(users, "admin");
        LedgerImportResult first = imports.importFile(zip, "ledger.zip", ImportProgress.NONE);
        assertThat(first.errors()).as("errors of the sample ledger").isEmpty();
        if (databaseStartsEmpty()) {
            assertThat(first.imported()).isEqualTo(rows);
        } else {
            // a shared database where another suite may have imported the sample already
            assertThat(first.updated().values()).containsOnly(0);
            rows.forEach((sheet, n) -> assertThat(first.imported().get(sheet) + first.unchanged().get(sheet)).as(sheet).isEqualTo(n));
        }
        Map<String, Integer> afterFirst = LedgerTestSupport.rowCounts(jdbc);

        // the same data written as an XLSX workbook (date cells, number cells) is the same ledger
        Path xlsx = LedgerWorkbooks.xlsx(dir.resolve("ledger.xlsx"), sheets);
        LedgerImportResult fromWorkbook = imports.importFile(xlsx, "ledger.xlsx", ImportProgress.NONE);
        assertThat(fromWorkbook.errors()).isEmpty();
        assertThat(fromWorkbook.imported().values()).containsOnly(0);
        assertThat(fromWorkbook.updated().values()).containsOnly(0);
        assertThat(fromWorkbook.unchanged()).isEqualTo(rows);
        assertThat(LedgerTestSupport.rowCounts(jdbc)).isEqualTo(afterFirst);

        // and the ZIP once more, through the API
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String body = mvc.perform(multipart("/api/imports/ledger")
                        .file(new MockMultipartFile("file", "ledger.zip", "application/zip", Files.readAllBytes(zip)))
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(body);
        for (String sheet : rows.keySet()) {
            assertThat(json.path("imported").path(sheet).asInt(-1)).as("imported " + sheet).isZero();
            assertThat(json.path("updated").path(sheet).asInt(-1)).as("updated " + sheet).isZero();
            assertThat(json.path("unchanged").path(sheet).asInt(-1)).as("unchanged " + sheet).isEqualTo(rows.get(sheet));
        }
        assertThat(LedgerTestSupport.rowCounts(jdbc)).isEqualTo(afterFirst);
    }

    @Test
    void aSpoiledLedgerIsRefusedWithEveryBadRowNamedAndNothingWritten() throws Exception {
        Map<LedgerSheet, List<String[]>> sheets = sample();
        List<String> spoiled = new ArrayList<>();
        spoil(sheets, spoiled, LedgerSheet.PENALTY_CASES, 7, "罚款金额", "5,000");
        // a rule of the feature service: a simple-procedure fine on a person is at most 200 yuan
        List<String[]> cases = sheets.get(LedgerSheet.PENALTY_CASES);
        List<String> caseHeader = List.of(cases.get(0));
        int simple = 1;
        while (!"简易".equals(cases.get(simple)[caseHeader.indexOf("程序")])
                || !"自然人".equals(cases.get(simple)[caseHeader.indexOf("当事人类型")])
                || !"罚款".equals(cases.get(simple)[caseHeader.indexOf("处罚种类")])) {
            simple++;
        }
        spoil(sheets, spoiled, LedgerSheet.PENALTY_CASES, simple + 1, "罚款金额", "500");
        spoil(sheets, spoiled, LedgerSheet.INSPECTIONS, 10, "检查日期", "2020-02-30");
        spoil(sheets, spoiled, LedgerSheet.OFFICERS, 6, "在岗起", "");
        spoil(sheets, spoiled, LedgerSheet.DISPUTES, 3, "类型", "人民");
        spoil(sheets, spoiled, LedgerSheet.PETITIONS, 5, "承办单位", "NOPE");
        spoil(sheets, spoiled, LedgerSheet.PETITIONS, 8, "渠道", "微信");
        spoil(sheets, spoiled, LedgerSheet.LITIGATIONS, 4, "审级", "");
        spoil(sheets, spoiled, LedgerSheet.RECONSIDERATIONS, 2, "收案日期", "2021/13/01");
        // a row repeated: same mediation body and name
        List<String[]> mediators = sheets.get(LedgerSheet.MEDIATORS);
        mediators.add(3, mediators.get(1).clone());
        spoiled.add("调解员/4/姓名");
        Path zip = LedgerWorkbooks.zipSheets(dir.resolve("spoiled.zip"), sheets);

        Map<String, Integer> before = LedgerTestSupport.rowCounts(jdbc);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String body = mvc.perform(multipart("/api/imports/ledger")
                        .file(new MockMultipartFile("file", "spoiled.zip", "application/zip", Files.readAllBytes(zip)))
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(body);
        Set<String> named = new HashSet<>();
        for (JsonNode error : json.path("errors")) {
            named.add(error.path("sheet").asText() + "/" + error.path("row").asInt() + "/" + error.path("column").asText());
            assertThat(error.path("message").asText()).isNotBlank();
        }
        assertThat(named).containsExactlyInAnyOrderElementsOf(spoiled);
        assertThat(json.path("errorCount").asInt()).isEqualTo(spoiled.size());
        assertThat(LedgerTestSupport.rowCounts(jdbc)).isEqualTo(before);
    }

    /** Sets one cell (row as the spreadsheet numbers it) and notes where the error must be reported. */
    private static void spoil(Map<LedgerSheet, List<String[]>> sheets, List<String> spoiled, LedgerSheet sheet, int row,
                              String column, String value) {
        List<String[]> rows = sheets.get(sheet);
        int index = List.of(rows.get(0)).indexOf(column);
        assertThat(index).as(sheet.title() + " has " + column).isNotNegative();
        rows.get(row - 1)[index] = value;
        spoiled.add(sheet.title() + "/" + row + "/" + column);
    }
}
