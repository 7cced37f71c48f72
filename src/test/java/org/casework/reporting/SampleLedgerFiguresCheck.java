package org.casework.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public sample ledger (shared/examples/sample-ledger): imported through {@code POST /api/imports/ledger}
 * as an administrator, then every check of {@code expected-figures.json} compared with
 * {@code GET /api/reports/yearly/{year}/figures} (21 sets of year, org and subtree; 2520 checks: counts,
 * yuan with two decimals, numerators and denominators). A breakdown key missing from either side is 0.
 * Subclasses run it on H2 and on MariaDB.
 */
public abstract class SampleLedgerFiguresCheck {

    @Autowired
    protected MockMvc mvc;

    /** Decimals as written: 52800.00 keeps its two places (Jackson would strip the zeros of a JSON tree by default). */
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @Test
    void theSampleLedgerYieldsEveryExpectedFigure() throws Exception {
        byte[] zip;
        try (InputStream in = new ClassPathResource("org/casework/ledger/sample-ledger.zip").getInputStream()) {
            zip = in.readAllBytes();
        }
        MvcResult imported = mvc.perform(multipart("/api/imports/ledger")
                        .file(new MockMultipartFile("file", "sample-ledger.zip", "application/zip", zip))
                        .with(httpBasic("admin", "admin")))
                .andReturn();
        assertThat(imported.getResponse().getStatus()).as(imported.getResponse().getContentAsString()).isEqualTo(200);

        JsonNode checks;
        try (InputStream in = new ClassPathResource("ledger/expected-figures.json").getInputStream()) {
            checks = json.readTree(in).get("checks");
        }
        Map<String, List<JsonNode>> bySet = new LinkedHashMap<>();
        checks.forEach(c -> bySet.computeIfAbsent(c.get("year").asInt() + "|" + c.get("org").asText() + "|" + c.get("subtree").asBoolean(),
                k -> new ArrayList<>()).add(c));

        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (var set : bySet.entrySet()) {
            String[] p = set.getKey().split("\\|");
            String body = mvc.perform(get("/api/reports/yearly/" + p[0] + "/figures").param("org", p[1]).param("subtree", p[2])
                    .with(httpBasic("admin", "admin"))).andReturn().getResponse().getContentAsString();
            JsonNode figures = json.readTree(body).get("figures");
            assertThat(figures).as("figures of " + set.getKey() + ": " + body).isNotNull();
            java.util.Set<String> expectedKeys = new java.util.HashSet<>();
            for (JsonNode check : set.getValue()) {
                String key = check.get("key").asText();
                expectedKeys.add(key);
                JsonNode actual = figures.get(key);
                compared++;
                if (check.has("numerator")) {
                    long n = actual == null ? -1 : actual.get("numerator").asLong();
                    long d = actual == null ? -1 : actual.get("denominator").asLong();
                    if (n != check.get("numerator").asLong() || d != check.get("denominator").asLong()) {
                        mismatches.add(set.getKey() + " " + key + ": expected " + check.get("numerator") + "/" + check.get("denominator")
                                + ", got " + n + "/" + d);
                    }
                } else {
                    BigDecimal want = new BigDecimal(check.get("value").asText());
                    BigDecimal got = actual == null ? BigDecimal.ZERO : actual.get("value").decimalValue();
                    boolean money = check.get("value").isTextual();
                    if (got.compareTo(want) != 0 || money && actual != null && got.scale() != 2) {
                        mismatches.add(set.getKey() + " " + key + ": expected " + check.get("value").asText() + ", got "
                                + (actual == null ? "(absent)" : actual.get("value").toString()));
                    }
                }
            }
            figures.fieldNames().forEachRemaining(key -> {
                JsonNode v = figures.get(key);
                if (!expectedKeys.contains(key) && !v.has("numerator") && v.get("value").decimalValue().signum() != 0) {
                    mismatches.add(set.getKey() + " " + key + ": expected 0 (not listed), got " + v.get("value"));
                }
            });
        }
        assertThat(compared).isEqualTo(2520);
        assertThat(mismatches).as(mismatches.size() + " of " + compared + " checks differ").isEmpty();
        drillDownsMatchTheFigures(bySet.keySet());

        MvcResult again = mvc.perform(multipart("/api/imports/ledger")
                        .file(new MockMultipartFile("file", "sample-ledger.zip", "application/zip", zip))
                        .with(httpBasic("admin", "admin")))
                .andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        JsonNode second = json.readTree(again.getResponse().getContentAsString());
        assertThat(second.get("imported").toString()).as("a second import creates nothing: " + second).doesNotMatch(".*[1-9].*");
        assertThat(second.get("updated").toString()).as("a second import changes nothing: " + second).doesNotMatch(".*[1-9].*");
    }

    /**
     * Every figure's drill-down (each side of a rate) holds as many records as the figure counts, or the
     * amount it sums, and its first page lists them: min(size, 1000) rows, by date, amounts adding up.
     */
    private void drillDownsMatchTheFigures(java.util.Set<String> sets) throws Exception {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String set : sets) {
            String[] p = set.split("\\|");
            JsonNode figures = json.readTree(mvc.perform(get("/api/reports/yearly/" + p[0] + "/figures").param("org", p[1])
                    .param("subtree", p[2]).with(httpBasic("admin", "admin"))).andReturn().getResponse().getContentAsString()).get("figures");
            for (var it = figures.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                JsonNode v = figures.get(key);
                for (String side : v.has("numerator") ? List.of("numerator", "denominator") : java.util.Collections.<String>singletonList(null)) {
                    var request = get("/api/reports/yearly/" + p[0] + "/figures/" + key + "/records").param("org", p[1])
                            .param("subtree", p[2]).param("size", "1000").with(httpBasic("admin", "admin"));
                    if (side != null) {
                        request.param("side", side);
                    }
                    JsonNode page = json.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString());
                    compared++;
                    long total = page.get("total").asLong();
                    JsonNode records = page.get("records");
                    boolean summed = side == null && page.hasNonNull("amount");
                    BigDecimal want = side != null ? new BigDecimal(v.get(side).asText()) : v.get("value").decimalValue();
                    BigDecimal got = summed ? page.get("amount").decimalValue() : BigDecimal.valueOf(total);
                    if (got.compareTo(want) != 0) {
                        mismatches.add(set + " " + key + (side == null ? "" : " " + side) + ": figure " + want + ", drill-down " + got);
                    }
                    if (records.size() != Math.min(total, 1000)) {
                        mismatches.add(set + " " + key + (side == null ? "" : " " + side) + ": " + total + " records, page lists " + records.size());
                    }
                    BigDecimal listed = BigDecimal.ZERO;
                    String previous = "";
                    for (JsonNode r : records) {
                        listed = listed.add(r.hasNonNull("amount") ? r.get("amount").decimalValue() : BigDecimal.ZERO);
                        String date = r.hasNonNull("date") ? r.get("date").asText() : "";
                        if (date.compareTo(previous) < 0) {
                            mismatches.add(set + " " + key + ": not listed by date");
                        }
                        previous = date;
                    }
                    if (summed && total <= 1000 && listed.compareTo(got) != 0) {
                        mismatches.add(set + " " + key + ": listed amounts add up to " + listed + ", figure " + got);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(2000);
        assertThat(mismatches).as(mismatches.size() + " of " + compared + " drill-downs differ").isEmpty();
    }
}
