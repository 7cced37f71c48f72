package org.casework.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.enforcement.PenaltyType.FINE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** GET /api/reports/yearly/{year}/figures and its companions: the JSON of spec/figures.md, access, exports, freeze. */
@AutoConfigureMockMvc
class YearlyFiguresApiTest extends FigureTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @org.junit.jupiter.api.BeforeEach
    void requestsCarryTheirOwnCredentials() {
        FigureFixtures.signOut();
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user));
    }

    private JsonNode getJson(String user, String url) throws Exception {
        MvcResult r = mvc.perform(as(user, get(url))).andExpect(status().isOk()).andReturn();
        return json.readTree(r.getResponse().getContentAsString());
    }

    private void someRecords() {
        fx.penaltyCase(tree.root()).simple().penalty("2020-03-01", "50", null, FINE).insert();
        fx.penaltyCase(tree.street()).filed("2020-01-01").penalty("2020-05-01", "52750", null, FINE).insert();
        fx.litigation(tree.root(), "FIRST", "2020-01-01").set("hearing_date", "2020-02-01").set("head_appeared", true)
                .set("head_role", "PRINCIPAL").insert();
        fx.petition(tree.street(), "12345", "2020-02-01").insert();
    }

    @Test
    void answersTheJsonShapeOfTheSpecWithEveryCatalogueKey() throws Exception {
        someRecords();
        MvcResult r = mvc.perform(as(tree.leader(), get("/api/reports/yearly/2020/figures").param("org", tree.root().code())))
                .andExpect(status().isOk()).andReturn();
        String text = r.getResponse().getContentAsString();
        JsonNode body = json.readTree(text);
        assertThat(body.get("year").asInt()).isEqualTo(2020);
        assertThat(body.get("org").asText()).isEqualTo(tree.root().code());
        assertThat(body.get("computedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
        JsonNode f = body.get("figures");

        Set<String> expected = new HashSet<>();
        for (Figure figure : figures.catalogue()) {
            if (figure instanceof Figure.Breakdown b) {
                b.fixedCodes().forEach(code -> expected.add(b.key() + "." + code));
            } else {
                expected.add(figure.key());
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(58 + 2 + 2 + 13 + 11 + 3 + 3 + 3);
        Set<String> present = new HashSet<>();
        f.fieldNames().forEachRemaining(present::add);
        assertThat(present).containsAll(expected);
        assertThat(present).contains("petition.received.byChannel.12345");

        assertThat(text).contains("\"penalty.decisions\":{\"value\":2,\"unit\":\"件\"}");
        assertThat(text).contains("\"penalty.amount\":{\"value\":52800.00,\"unit\":\"元\"}");
        assertThat(text).contains("\"penalty.amount.byProcedure.SIMPLE\":{\"value\":50.00,\"unit\":\"元\"}");
        assertThat(text).contains("\"penalty.amountCollected\":{\"value\":0.00,\"unit\":\"元\"}");
        assertThat(text).contains("\"litigation.headAppearanceRate\":{\"value\":1.0,\"numerator\":1,\"denominator\":1,"
                + "\"unit\":\"%\",\"formula\":\"负责人出庭的开庭审次 ÷ 本年开庭审次\"}");
        assertThat(text).contains("\"mediation.successRate\":{\"value\":null,\"numerator\":0,\"denominator\":0,");
        JsonNode empty = f.get("mediation.successRate");
        assertThat(empty.has("value")).isTrue();
        assertThat(empty.get("value").isNull()).isTrue();
        assertThat(empty.get("numerator").asLong()).isZero();
        assertThat(empty.get("denominator").asLong()).isZero();
        assertThat(empty.get("formula").asText()).isNotBlank();
        assertThat(f.get("enforcement.officers").get("value").asLong()).isZero();

        JsonNode street = getJson(tree.leader(), "/api/reports/yearly/2020/figures?org=" + tree.street().code() + "&subtree=false");
        assertThat(street.get("figures").get("penalty.decisions").get("value").asLong()).isEqualTo(1);
        JsonNode own = getJson(tree.streetLeader(), "/api/reports/yearly/2020/figures");
        assertThat(own.get("org").asText()).isEqualTo(tree.street().code());
        assertThat(own.get("figures").get("petition.received").get("value").asLong()).isEqualTo(1);
    }

    @Test
    void refusesWithoutCredentialsToOfficersAndOutsideTheScope() throws Exception {
        mvc.perform(get("/api/reports/yearly/2020/figures")).andExpect(status().isUnauthorized());
        mvc.perform(as(tree.officer(), get("/api/reports/yearly/2020/figures"))).andExpect(status().isForbidden());
        mvc.perform(as(tree.officer(), get("/api/reports/yearly/2020/figures/penalty.decisions/records"))).andExpect(status().isForbidden());
        mvc.perform(as(tree.streetLeader(), get("/api/reports/yearly/2020/figures").param("org", tree.root().code())))
                .andExpect(status().isForbidden());
        mvc.perform(as(tree.leader(), get("/api/reports/yearly/2020/figures/no.such.key/records"))).andExpect(status().isNotFound());
        mvc.perform(as(tree.leader(), get("/api/reports/yearly/20200/figures"))).andExpect(status().isUnprocessableEntity());
    }

    @Test
    void listsTheRecordsBehindAFigureAndBothSidesOfARate() throws Exception {
        someRecords();
        String base = "/api/reports/yearly/2020/figures/";
        JsonNode page = getJson(tree.leader(), base + "penalty.amount/records?org=" + tree.root().code() + "&size=1");
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("amount").decimalValue()).isEqualByComparingTo("52800.00");
        assertThat(page.get("records")).hasSize(1);
        JsonNode first = page.get("records").get(0);
        assertThat(first.get("type").asText()).isEqualTo("penalty-case");
        assertThat(first.get("date").asText()).isEqualTo("2020-03-01");
        assertThat(first.get("route").asText()).isEqualTo("enforcement/cases/" + first.get("id").asLong());
        assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("50.00");

        JsonNode part = getJson(tree.leader(), base + "penalty.decisions.byProcedure.GENERAL/records");
        assertThat(part.get("total").asLong()).isEqualTo(1);
        assertThat(part.get("records").get(0).get("orgName").asText()).isEqualTo(tree.street().name());
        JsonNode channel = getJson(tree.leader(), base + "petition.received.byChannel.12345/records");
        assertThat(channel.get("records").get(0).get("route").asText()).startsWith("petitions/");
        JsonNode den = getJson(tree.leader(), base + "litigation.headAppearanceRate/records?side=denominator");
        assertThat(den.get("total").asLong()).isEqualTo(1);
        assertThat(den.get("records").get(0).get("route").asText()).startsWith("remedies/litigations/");
        mvc.perform(as(tree.leader(), get(base + "penalty.decisions/records").param("side", "denominator")))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void exportsTheFigureSetAndADrillDownListAsXlsx() throws Exception {
        someRecords();
        byte[] set = mvc.perform(as(tree.leader(), get("/api/reports/yearly/2020/figures.xlsx")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(set))) {
            Sheet sheet = wb.getSheet("年度统计");
            Row decisions = find(sheet, "penalty.decisions");
            assertThat(decisions.getCell(1).getStringCellValue()).isEqualTo("行政处罚决定");
            assertThat(decisions.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(decisions.getCell(8).getNumericCellValue()).isZero();
            assertThat(decisions.getCell(9).getStringCellValue()).isEqualTo("+2");
            Row rate = find(sheet, "litigation.headAppearanceRate");
            assertThat(rate.getCell(3).getStringCellValue()).isEqualTo("100.0%");
            assertThat(rate.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(rate.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(rate.getCell(7).getStringCellValue()).isEqualTo("负责人出庭的开庭审次 ÷ 本年开庭审次");
        }
        MvcResult list = mvc.perform(as(tree.leader(), get("/api/reports/yearly/2020/figures/penalty.amount/records.xlsx")))
                .andExpect(status().isOk()).andReturn();
        byte[] bytes = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(list))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheet("明细");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isNotBlank();
            assertThat(sheet.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(52750.0);
            assertThat(sheet.getRow(5).getCell(6).getNumericCellValue()).isEqualTo(52800.0);
        }
    }

    @Test
    void aFrozenSnapshotStaysAsItWasAndTheDifferenceIsShown() throws Exception {
        someRecords();
        JsonNode frozen = json.readTree(mvc.perform(as(tree.leader(), post("/api/reports/yearly/2020/snapshots")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(frozen.get("figures").get("penalty.decisions").get("value").asLong()).isEqualTo(2);
        mvc.perform(as(tree.officer(), post("/api/reports/yearly/2020/snapshots"))).andExpect(status().isForbidden());

        fx.penaltyCase(tree.squad()).filed("2020-01-01").penalty("2020-06-01", "100", null, FINE).insert();

        JsonNode history = getJson(tree.leader(), "/api/reports/yearly/2020/snapshots");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("figures").get("penalty.decisions").get("value").asLong()).isEqualTo(2);
        assertThat(history.get(0).get("figures").get("penalty.amount").get("value").decimalValue()).isEqualByComparingTo("52800.00");
        assertThat(history.get(0).get("takenBy").asText()).isEqualTo(tree.leader());
        JsonNode changes = getJson(tree.leader(), "/api/reports/yearly/2020/snapshots/latest/changes");
        Set<String> changed = new HashSet<>();
        changes.get("changes").forEach(c -> changed.add(c.get("key").asText()));
        assertThat(changed).contains("penalty.decisions", "penalty.amount", "penalty.decisions.byProcedure.GENERAL",
                "enforcement.cases.filed", "publication.onTimeRate");
        changes.get("changes").forEach(c -> {
            if (c.get("key").asText().equals("penalty.amount")) {
                assertThat(c.get("difference").asText()).isEqualTo("+100.00");
                assertThat(c.get("frozen").get("value").decimalValue()).isEqualByComparingTo("52800.00");
                assertThat(c.get("now").get("value").decimalValue()).isEqualByComparingTo("52900.00");
            }
        });
        mvc.perform(as(tree.leader(), get("/api/reports/yearly/2020/snapshots/latest/changes").param("subtree", "false")))
                .andExpect(status().isNotFound());
    }

    private static Row find(Sheet sheet, String key) {
        for (Row row : sheet) {
            if (row.getCell(2) != null && key.equals(row.getCell(2).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + key);
    }
}
