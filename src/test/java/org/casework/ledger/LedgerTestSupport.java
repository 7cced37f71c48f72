package org.casework.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shared helpers of the ledger import's Spring tests. */
final class LedgerTestSupport {

    /** Every table an import may write to (the case register, the org tree, the party registry). */
    static final List<String> TABLES = List.of("org_unit", "party", "officer", "mediator", "inspection", "penalty_case",
            "penalty_item", "collective_discussion", "statement_defence", "penalty_payment", "reconsideration_case",
            "litigation_instance", "dispute", "dispute_party", "dispute_follow_up", "petition");

    private LedgerTestSupport() {
    }

    /** Row counts of every table an import may write to. */
    static Map<String, Integer> rowCounts(JdbcTemplate jdbc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
        }
        return counts;
    }

    /** A CSV text from lines of cells. */
    static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
