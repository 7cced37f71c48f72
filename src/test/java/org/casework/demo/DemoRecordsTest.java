package org.casework.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.casework.ledger.LedgerImportResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo records on a fresh database of their own, as on the first start of the embedded default:
 * imported in the background through the ledger import without a single error, and the leaders'
 * yearly figures of the demo district meaningful for 2024 and 2025; a later start imports nothing.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-records;MODE=MySQL;DB_CLOSE_DELAY=-1",
    "casework.demo.records=true"})
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoRecordsTest {

    @Autowired
    private DemoRecords records;
    @Autowired
    private DemoData demoData;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theFirstStartImportsTwoYearsOfRecordsThatGiveMeaningfulFigures() throws Exception {
        Optional<LedgerImportResult> loaded = records.loading().get(5, TimeUnit.MINUTES);

        assertThat(loaded).as("the background import ran").isPresent();
        LedgerImportResult result = loaded.get();
        assertThat(result.errors()).isEmpty();
        assertThat(result.errorCount()).isZero();
        assertThat(result.accepted()).isTrue();
        assertThat(result.updated().values()).allMatch(n -> n == 0);
        assertThat(result.imported()).containsOnlyKeys("执法人员", "调解员", "行政检查", "处罚案件", "复议案件", "诉讼案件",
                "调解案件", "信访投诉");
        assertThat(result.imported().values().stream().mapToInt(Integer::intValue).sum()).isBetween(2500, 4000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_import WHERE file_name = ? AND imported_by = 'admin'",
                Integer.class, DemoRecords.FILE_NAME)).isEqualTo(1);

        for (int year : new int[] {2024, 2025}) {
            JsonNode figures = figures(year);
            assertThat(value(figures, "penalty.decisions")).as(year + " penalty decisions").isGreaterThan(50);
            assertThat(value(figures, "penalty.decisions.byProcedure.SIMPLE")).isPositive();
            assertThat(value(figures, "penalty.amount")).isGreaterThan(100_000);
            assertThat(value(figures, "penalty.amountCollected")).isPositive();
            assertThat(value(figures, "penalty.noPenalty")).isPositive();
            assertThat(value(figures, "legalReview.completed")).isPositive();
            assertThat(value(figures, "collectiveDiscussion.sessions")).isPositive();
            assertThat(value(figures, "publication.penalties")).isPositive();
            assertThat(value(figures, "enforcement.officers")).isGreaterThan(30);
            assertThat(value(figures, "enforcement.inspections")).isGreaterThan(200);
            assertThat(value(figures, "enforcement.cases.filed")).isGreaterThan(100);
            assertThat(value(figures, "reconsideration.received")).isPositive();
            assertThat(value(figures, "litigation.instances")).isPositive();
            assertThat(value(figures, "mediation.mediators")).isGreaterThan(20);
            assertThat(value(figures, "mediation.received")).isGreaterThan(300);
            assertThat(value(figures, "mediation.agreementAmount")).isPositive();
            assertThat(value(figures, "mediation.judicialConfirmations")).isPositive();
            assertThat(value(figures, "petition.received")).as(year + " petitions").isGreaterThan(0);
            assertThat(value(figures, "petition.received.byChannel.12345")).isPositive();

            JsonNode success = figures.get("mediation.successRate");
            assertThat(success.get("value").asDouble()).as(year + " mediation success").isBetween(0.90, 1.0);
            assertThat(figures.get("enforcement.officers.certifiedRate").get("value").asDouble()).isBetween(0.8, 1.0);
            assertThat(figures.get("publication.onTimeRate").get("value").asDouble()).isBetween(0.8, 1.0);
            assertThat(figures.get("petition.satisfactionRate").get("value").asDouble()).isBetween(0.8, 1.0);
            List<String> rates = new ArrayList<>();
            figures.fields().forEachRemaining(e -> {
                if (e.getValue().has("numerator")) {
                    rates.add(e.getKey());
                    assertThat(e.getValue().get("numerator").asLong()).as(year + " " + e.getKey())
                            .isLessThanOrEqualTo(e.getValue().get("denominator").asLong());
                    assertThat(e.getValue().get("denominator").asLong()).as(year + " " + e.getKey() + " has a denominator")
                            .isPositive();
                }
            });
            assertThat(rates).hasSizeGreaterThan(10);
        }

        // a later start on the same database: the organisations exist, nothing is imported again
        Map<String, Object> before = jdbc.queryForMap("SELECT (SELECT COUNT(*) FROM penalty_case) p, (SELECT COUNT(*) FROM dispute) d, "
                + "(SELECT COUNT(*) FROM ledger_import) i");
        demoData.run(null);
        assertThat(demoData.createdOnThisStart()).isFalse();
        records.applicationReady();
        assertThat(records.loading().get(1, TimeUnit.MINUTES)).isEqualTo(loaded);
        assertThat(jdbc.queryForMap("SELECT (SELECT COUNT(*) FROM penalty_case) p, (SELECT COUNT(*) FROM dispute) d, "
                + "(SELECT COUNT(*) FROM ledger_import) i")).isEqualTo(before);
    }

    private JsonNode figures(int year) throws Exception {
        String body = mvc.perform(get("/api/reports/yearly/" + year + "/figures").param("org", DemoOrganisations.DISTRICT)
                .with(httpBasic("leader", "leader"))).andReturn().getResponse().getContentAsString();
        JsonNode figures = json.readTree(body).get("figures");
        assertThat(figures).as(body).isNotNull();
        return figures;
    }

    private static double value(JsonNode figures, String key) {
        JsonNode figure = figures.get(key);
        return figure == null ? 0 : figure.get("value").asDouble();
    }
}
