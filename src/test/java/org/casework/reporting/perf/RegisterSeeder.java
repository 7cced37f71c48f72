package org.casework.reporting.perf;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.casework.calendar.WorkCalendar;

/**
 * Seeds a large case register with plain JDBC batches (no services, no audit): penalty cases with their
 * payments, discussions and measures; disputes with follow-ups; petitions; officers, mediators,
 * inspections, reconsiderations and litigations. Rows spread evenly over the given organisations and over
 * five years (2020–2024), with realistic shares of outcomes, late reviews, publications, stock cases open
 * at year end and so on. Deterministic (fixed seed), and additive: a second call continues the numbering.
 */
final class RegisterSeeder {

    static final int FIRST_YEAR = 2020;
    static final int YEARS = 5;
    private static final int BATCH = 2000;
    private static final int COMMIT = 20_000;
    private static final String[] TYPES = {"WARNING", "FINE", "FINE", "FINE", "FINE", "FINE", "CONFISCATION", "CIRCULATED_CRITICISM",
            "LICENCE_SUSPENDED", "PRODUCTION_SUSPENDED", "CLOSURE", "LICENCE_REVOKED", "OTHER", "QUALIFICATION_LOWERED"};
    private static final String[] CATEGORIES = {"婚姻家庭", "邻里", "合同", "劳动争议", "道路交通事故", "物业", "损害赔偿", "房屋宅基地", "消费", "其他"};
    private static final String[] CHANNELS = {"来访", "电话", "12345", "8890", "城运平台", "社会治理平台", "信访转办", "督办"};
    private static final String[] RATINGS = {"SATISFIED", "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "NOT_RATED", null};

    private final DataSource dataSource;
    private final WorkCalendar calendar;
    private final List<Long> orgs;
    private final Random rnd = new Random(20240101L);
    private final boolean h2;
    private long nextCase;
    private long nextDispute;
    private long serial;

    RegisterSeeder(DataSource dataSource, WorkCalendar calendar, List<Long> orgs, boolean h2) throws SQLException {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.orgs = orgs;
        this.h2 = h2;
        this.nextCase = max("penalty_case") + 1;
        this.nextDispute = max("dispute") + 1;
    }

    private long max(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private LocalDate someDay() {
        return LocalDate.of(FIRST_YEAR + rnd.nextInt(YEARS), 1, 1).plusDays(rnd.nextInt(365));
    }

    private long org() {
        return orgs.get(rnd.nextInt(orgs.size()));
    }

    private static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /** Penalty cases with payments, collective discussions and coercive measures. */
    void penaltyCases(int count) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement cases = c.prepareStatement("INSERT INTO penalty_case (id, org_id, case_no, procedure_type, status,"
                    + " party_kind, party_name, cause, filed_date, extension_days, decision_due_date, decision_date, outcome,"
                    + " no_penalty_reason, heaviest_type, fine_amount, confiscation_amount, penalty_amount, legal_review_required,"
                    + " legal_review_date, first_defence_date, hearing_request_date, hearing_date, publication_date,"
                    + " publication_due_date, transfer_type, transfer_organ, transfer_date, court_application_date, closed_date,"
                    + " origin, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            PreparedStatement payments = c.prepareStatement(
                    "INSERT INTO penalty_payment (case_id, paid_date, amount, surcharge_amount) VALUES (?,?,?,?)");
            PreparedStatement discussions = c.prepareStatement(
                    "INSERT INTO collective_discussion (case_id, meeting_date) VALUES (?,?)");
            PreparedStatement measures = c.prepareStatement(
                    "INSERT INTO coercive_measure (case_id, measure_type, decided_date) VALUES (?,?,?)");
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                long id = nextCase++;
                boolean simple = rnd.nextInt(5) == 0;
                LocalDate day = someDay();
                LocalDate filed = null;
                LocalDate decided;
                String outcome;
                int extension = 0;
                if (simple) {
                    decided = day;
                    outcome = "PENALTY";
                } else {
                    int r = rnd.nextInt(100);
                    outcome = r < 70 ? "PENALTY" : r < 80 ? "NO_PENALTY" : r < 84 ? "TRANSFER" : r < 88 ? "FILING_WITHDRAWN"
                            : r < 90 ? "NOT_FILED" : null;
                    filed = "NOT_FILED".equals(outcome) ? null : day;
                    extension = rnd.nextInt(10) == 0 ? 30 : 0;
                    decided = outcome == null ? null : "NOT_FILED".equals(outcome) ? day : day.plusDays(10 + rnd.nextInt(115));
                }
                boolean penalty = "PENALTY".equals(outcome);
                String heaviest = penalty ? (simple ? (rnd.nextBoolean() ? "FINE" : "WARNING") : TYPES[rnd.nextInt(TYPES.length)]) : null;
                BigDecimal fine = penalty && !"WARNING".equals(heaviest) ? BigDecimal.valueOf(simple ? 20 + rnd.nextInt(180) : 100 + rnd.nextInt(50000)) : null;
                BigDecimal confiscation = penalty && !simple && rnd.nextInt(10) == 0 ? BigDecimal.valueOf(rnd.nextInt(20000)) : null;
                BigDecimal amount = penalty ? (fine == null ? BigDecimal.ZERO : fine).add(confiscation == null ? BigDecimal.ZERO : confiscation) : null;
                boolean review = !simple && decided != null && rnd.nextInt(100) < 15;
                LocalDate reviewDate = review ? decided.plusDays(rnd.nextInt(20) == 0 ? 3 : -rnd.nextInt(5)) : null;
                LocalDate defence = !simple && filed != null && rnd.nextInt(5) == 0 ? filed.plusDays(5 + rnd.nextInt(25)) : null;
                LocalDate hearingRequest = !simple && filed != null && rnd.nextInt(33) == 0 ? filed.plusDays(10 + rnd.nextInt(20)) : null;
                LocalDate hearing = hearingRequest != null && rnd.nextBoolean() ? hearingRequest.plusDays(7 + rnd.nextInt(10)) : null;
                LocalDate published = penalty && rnd.nextInt(10) < 9 ? decided.plusDays(1 + rnd.nextInt(12)) : null;
                LocalDate publicationDue = decided == null ? null : calendar.addWorkingDays(decided, 7).value();
                boolean transfer = "TRANSFER".equals(outcome);
                boolean criminal = transfer && rnd.nextBoolean();
                LocalDate closed = decided != null && rnd.nextInt(100) < 85 ? decided.plusDays(5 + rnd.nextInt(60)) : null;
                LocalDate court = penalty && rnd.nextInt(200) == 0 ? decided.plusDays(90 + rnd.nextInt(30)) : null;

                int p = 1;
                cases.setLong(p++, id);
                cases.setLong(p++, org());
                cases.setString(p++, "罚〔" + day.getYear() + "〕" + id + "号");
                cases.setString(p++, simple ? "SIMPLE" : "GENERAL");
                cases.setString(p++, closed != null ? "CLOSED" : decided != null ? "DECIDED" : "INVESTIGATING");
                cases.setString(p++, rnd.nextBoolean() ? "PERSON" : "LEGAL_PERSON");
                cases.setString(p++, "当事人" + (id % 9973));
                cases.setString(p++, "违反城市管理规定");
                cases.setDate(p++, sql(filed));
                cases.setInt(p++, extension);
                cases.setDate(p++, sql(filed == null ? null : filed.plusDays(90 + extension)));
                cases.setDate(p++, sql(decided));
                cases.setString(p++, outcome);
                cases.setString(p++, "NO_PENALTY".equals(outcome) ? (rnd.nextBoolean() ? "FIRST_OFFENCE" : "MINOR") : null);
                cases.setString(p++, heaviest);
                cases.setBigDecimal(p++, fine);
                cases.setBigDecimal(p++, confiscation);
                cases.setBigDecimal(p++, amount);
                cases.setBoolean(p++, review);
                cases.setDate(p++, sql(reviewDate));
                cases.setDate(p++, sql(defence));
                cases.setDate(p++, sql(hearingRequest));
                cases.setDate(p++, sql(hearing));
                cases.setDate(p++, sql(published));
                cases.setDate(p++, sql(publicationDue));
                cases.setString(p++, transfer ? (criminal ? "CRIMINAL" : "ADMINISTRATIVE") : null);
                cases.setString(p++, transfer ? (criminal ? (rnd.nextInt(4) == 0 ? "检察院" : "公安") : "市场监管局") : null);
                cases.setDate(p++, sql(transfer ? decided.plusDays(rnd.nextInt(6)) : null));
                cases.setDate(p++, sql(court));
                cases.setDate(p++, sql(closed));
                cases.setString(p++, "IMPORT");
                cases.setTimestamp(p, now);
                cases.addBatch();

                if (fine != null && rnd.nextInt(10) < 6) {
                    payments.setLong(1, id);
                    payments.setDate(2, sql(decided.plusDays(5 + rnd.nextInt(35))));
                    payments.setBigDecimal(3, amount);
                    payments.setBigDecimal(4, rnd.nextInt(20) == 0 ? new BigDecimal("123.50") : BigDecimal.ZERO);
                    payments.addBatch();
                }
                if (!simple && filed != null && rnd.nextInt(20) == 0) {
                    int meetings = 1 + rnd.nextInt(2);
                    for (int m = 0; m < meetings; m++) {
                        discussions.setLong(1, id);
                        discussions.setDate(2, sql(filed.plusDays(20 + 15L * m + rnd.nextInt(10))));
                        discussions.addBatch();
                    }
                }
                if (!simple && filed != null && rnd.nextInt(100) == 0) {
                    measures.setLong(1, id);
                    measures.setString(2, "SEIZE");
                    measures.setDate(3, sql(filed.plusDays(rnd.nextInt(10))));
                    measures.addBatch();
                }
                if ((i + 1) % BATCH == 0) {
                    flush(c, cases, payments, discussions, measures);
                }
            }
            done(c, cases, payments, discussions, measures);
            restartIdentity(c, "penalty_case", nextCase);
        }
    }

    /** Disputes with follow-up visits. */
    void disputes(int count) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement disputes = c.prepareStatement("INSERT INTO dispute (id, org_id, dispute_no, mediation_kind, intake_source,"
                    + " category, parties_text, accepted_date, closed_date, outcome, agreement_date, agreement_amount,"
                    + " judicial_confirmation_date, risk_flag, persons_involved, escalated, status, origin, created_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            PreparedStatement visits = c.prepareStatement("INSERT INTO dispute_follow_up (dispute_id, visit_date) VALUES (?,?)");
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                long id = nextDispute++;
                LocalDate accepted = someDay();
                LocalDate closed = rnd.nextInt(10) < 8 ? accepted.plusDays(1 + rnd.nextInt(60)) : null;
                int r = rnd.nextInt(100);
                String outcome = closed == null ? null : r < 60 ? "WRITTEN" : r < 85 ? "ORAL" : "TERMINATED";
                boolean agreement = "WRITTEN".equals(outcome) || "ORAL".equals(outcome);
                boolean risk = rnd.nextInt(33) == 0;
                int p = 1;
                disputes.setLong(p++, id);
                disputes.setLong(p++, org());
                disputes.setString(p++, "调〔" + accepted.getYear() + "〕" + id + "号");
                disputes.setString(p++, r % 3 == 0 ? "PEOPLE" : r % 3 == 1 ? "ADMINISTRATIVE" : "CENTRE");
                disputes.setString(p++, r % 5 < 3 ? "APPLIED" : r % 5 == 3 ? "INITIATIVE" : "REFERRED");
                disputes.setString(p++, CATEGORIES[rnd.nextInt(CATEGORIES.length)]);
                disputes.setString(p++, "甲" + id + "、乙" + id);
                disputes.setDate(p++, sql(accepted));
                disputes.setDate(p++, sql(closed));
                disputes.setString(p++, outcome);
                disputes.setDate(p++, sql(agreement ? closed : null));
                disputes.setBigDecimal(p++, agreement && rnd.nextBoolean() ? BigDecimal.valueOf(100 + rnd.nextInt(50000)) : null);
                disputes.setDate(p++, sql(agreement && rnd.nextInt(20) == 0 ? closed.plusDays(10) : null));
                disputes.setBoolean(p++, risk);
                if (risk) {
                    disputes.setInt(p++, 2 + rnd.nextInt(9));
                } else {
                    disputes.setNull(p++, java.sql.Types.INTEGER);
                }
                disputes.setBoolean(p++, risk && rnd.nextInt(10) == 0);
                disputes.setString(p++, closed == null ? "MEDIATING" : "CLOSED");
                disputes.setString(p++, "IMPORT");
                disputes.setTimestamp(p, now);
                disputes.addBatch();
                if (agreement && rnd.nextBoolean()) {
                    visits.setLong(1, id);
                    visits.setDate(2, sql(closed.plusDays(15 + rnd.nextInt(30))));
                    visits.addBatch();
                }
                if ((i + 1) % BATCH == 0) {
                    flush(c, disputes, visits);
                }
            }
            done(c, disputes, visits);
            restartIdentity(c, "dispute", nextDispute);
        }
    }

    void petitions(int count) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement petitions = c.prepareStatement("INSERT INTO petition (org_id, petition_no, channel_code, subject,"
                    + " registered_date, due_date, closed_date, rating, backlog, resolved, status, origin, created_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                LocalDate registered = someDay();
                LocalDate closed = rnd.nextInt(10) < 9 ? registered.plusDays(1 + rnd.nextInt(40)) : null;
                boolean backlog = rnd.nextInt(100) == 0;
                int p = 1;
                petitions.setLong(p++, org());
                petitions.setString(p++, "访" + registered.getYear() + "-" + (++serial));
                petitions.setString(p++, CHANNELS[rnd.nextInt(CHANNELS.length)]);
                petitions.setString(p++, "反映问题" + (serial % 997));
                petitions.setDate(p++, sql(registered));
                petitions.setDate(p++, sql(registered.plusDays(rnd.nextBoolean() ? 15 : 30)));
                petitions.setDate(p++, sql(closed));
                petitions.setString(p++, closed == null ? null : RATINGS[rnd.nextInt(RATINGS.length)]);
                petitions.setBoolean(p++, backlog);
                petitions.setBoolean(p++, backlog && closed != null && rnd.nextInt(10) < 7);
                petitions.setString(p++, closed == null ? "HANDLING" : "CLOSED");
                petitions.setString(p++, "IMPORT");
                petitions.setTimestamp(p, now);
                petitions.addBatch();
                if ((i + 1) % BATCH == 0) {
                    flush(c, petitions);
                }
            }
            done(c, petitions);
        }
    }

    /** Officers, mediators, inspections, reconsiderations and litigations, in proportion to {@code cases}. */
    void staffAndRemedies(int cases) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            PreparedStatement officers = c.prepareStatement("INSERT INTO officer (org_id, name, certificate_no, certificate_valid_until,"
                    + " on_duty_from, off_duty_date) VALUES (?,?,?,?,?,?)");
            for (long org : orgs) {
                for (int i = 0; i < cases / 20000 + 5; i++) {
                    LocalDate from = LocalDate.of(2015 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1);
                    officers.setLong(1, org);
                    officers.setString(2, "执法员" + (++serial));
                    officers.setString(3, rnd.nextInt(20) == 0 ? null : "ZF" + serial);
                    officers.setDate(4, sql(from.plusYears(3 + rnd.nextInt(6))));
                    officers.setDate(5, sql(from));
                    officers.setDate(6, sql(rnd.nextInt(10) == 0 ? from.plusYears(2 + rnd.nextInt(6)) : null));
                    officers.addBatch();
                }
            }
            PreparedStatement mediators = c.prepareStatement("INSERT INTO mediator (org_id, name, appointed_date, dismissed_date)"
                    + " VALUES (?,?,?,?)");
            for (long org : orgs) {
                for (int i = 0; i < cases / 100000 + 2; i++) {
                    LocalDate from = LocalDate.of(2015 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1);
                    mediators.setLong(1, org);
                    mediators.setString(2, "调解员" + (++serial));
                    mediators.setDate(3, sql(from));
                    mediators.setDate(4, sql(rnd.nextInt(10) == 0 ? from.plusYears(3) : null));
                    mediators.addBatch();
                }
            }
            done(c, officers, mediators);
            PreparedStatement inspections = c.prepareStatement("INSERT INTO inspection (org_id, inspection_no, inspection_date, target,"
                    + " origin, created_at) VALUES (?,?,?,?,?,?)");
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < cases / 5; i++) {
                inspections.setLong(1, org());
                inspections.setString(2, "检" + (++serial));
                inspections.setDate(3, sql(someDay()));
                inspections.setString(4, "商户" + (serial % 991));
                inspections.setString(5, "IMPORT");
                inspections.setTimestamp(6, now);
                inspections.addBatch();
                if ((i + 1) % BATCH == 0) {
                    flush(c, inspections);
                }
            }
            done(c, inspections);
            PreparedStatement recons = c.prepareStatement("INSERT INTO reconsideration_case (org_id, case_no, applicant_name,"
                    + " received_date, concluded_date, outcome, redo_ordered, origin, created_at) VALUES (?,?,?,?,?,?,?,?,?)");
            String[] outcomes = {"UPHELD", "UPHELD", "CLAIM_REJECTED", "VARIED", "REVOKED", "PARTIALLY_REVOKED", "CONFIRMED_ILLEGAL", "TERMINATED"};
            for (int i = 0; i < cases / 500; i++) {
                LocalDate received = someDay();
                boolean done = rnd.nextInt(10) < 9;
                String outcome = done ? outcomes[rnd.nextInt(outcomes.length)] : null;
                recons.setLong(1, org());
                recons.setString(2, "复" + (++serial));
                recons.setString(3, "申请人" + serial);
                recons.setDate(4, sql(received));
                recons.setDate(5, sql(done ? received.plusDays(30 + rnd.nextInt(60)) : null));
                recons.setString(6, outcome);
                recons.setBoolean(7, outcome != null && outcome.contains("REVOKED") && rnd.nextBoolean());
                recons.setString(8, "IMPORT");
                recons.setTimestamp(9, now);
                recons.addBatch();
            }
            PreparedStatement suits = c.prepareStatement("INSERT INTO litigation_instance (org_id, court_case_no, instance_level,"
                    + " plaintiff_name, received_date, hearing_date, head_appeared, head_role, concluded_date, result, origin, created_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
            String[] results = {"CLAIM_REJECTED", "CLAIM_REJECTED", "REVOKED", "SUIT_DISMISSED", "WITHDRAWAL_ALLOWED", "ORDERED_TO_PAY"};
            String[] roles = {"PRINCIPAL", "DEPUTY", "IN_CHARGE", "OTHER_STAFF"};
            for (int i = 0; i < cases / 1000; i++) {
                LocalDate received = someDay();
                boolean heard = rnd.nextInt(10) < 8;
                boolean head = heard && rnd.nextBoolean();
                suits.setLong(1, org());
                suits.setString(2, "（" + received.getYear() + "）行初" + (++serial) + "号");
                suits.setString(3, rnd.nextInt(10) < 8 ? "FIRST" : "SECOND");
                suits.setString(4, "原告" + serial);
                suits.setDate(5, sql(received));
                suits.setDate(6, sql(heard ? received.plusDays(30 + rnd.nextInt(30)) : null));
                suits.setBoolean(7, head);
                suits.setString(8, head ? roles[rnd.nextInt(roles.length)] : null);
                suits.setDate(9, sql(received.plusDays(90)));
                suits.setString(10, results[rnd.nextInt(results.length)]);
                suits.setString(11, "IMPORT");
                suits.setTimestamp(12, now);
                suits.addBatch();
            }
            done(c, recons, suits);
        }
    }

    /** Fresh statistics for the query planner, as a production database keeps them. */
    void analyze() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (h2) {
                s.execute("ANALYZE");
            } else {
                s.execute("ANALYZE TABLE penalty_case, penalty_payment, collective_discussion, coercive_measure, dispute,"
                        + " dispute_follow_up, petition, officer, mediator, inspection, reconsideration_case, litigation_instance");
            }
        }
    }

    private void restartIdentity(Connection c, String table, long next) throws SQLException {
        if (h2) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
            c.commit();
        }
    }

    private int pending;

    /** Sends the batches; commits every {@value #COMMIT} rows (and at the end of each table: {@link #done}). */
    private void flush(Connection c, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        pending += BATCH;
        if (pending >= COMMIT) {
            c.commit();
            pending = 0;
        }
    }

    private void done(Connection c, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        c.commit();
        pending = 0;
    }

    private static final List<String> SEEDED_TABLES = List.of("PENALTY_CASE", "PENALTY_PAYMENT", "COLLECTIVE_DISCUSSION",
            "COERCIVE_MEASURE", "DISPUTE", "DISPUTE_FOLLOW_UP", "PETITION", "OFFICER", "MEDIATOR", "INSPECTION",
            "RECONSIDERATION_CASE", "LITIGATION_INSTANCE");
    private final List<String> droppedIndexes = new ArrayList<>();

    /**
     * H2: drops the plain secondary indexes of the seeded tables before loading and {@link #restoreIndexes}
     * creates them again afterwards. H2 then builds each index once, sorted, instead of inserting every row
     * into a dozen B-trees in random order (which made seeding 1,000,000 records take more than half an hour).
     * Unique indexes and the indexes of constraints stay.
     */
    void dropIndexes() throws SQLException {
        if (!h2) {
            return;
        }
        Map<String, String> tableOf = new LinkedHashMap<>();
        Map<String, List<String>> columnsOf = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT i.TABLE_NAME, i.INDEX_NAME, k.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                    + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS k ON k.INDEX_SCHEMA = i.INDEX_SCHEMA AND k.INDEX_NAME = i.INDEX_NAME"
                    + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'INDEX' AND i.IS_GENERATED = FALSE"
                    + " AND i.TABLE_NAME IN ('" + String.join("', '", SEEDED_TABLES) + "')"
                    + " AND i.INDEX_NAME NOT IN (SELECT t.INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                    + " WHERE t.INDEX_NAME IS NOT NULL)"
                    + " ORDER BY i.INDEX_NAME, k.ORDINAL_POSITION")) {
                while (rs.next()) {
                    tableOf.put(rs.getString(2), rs.getString(1));
                    columnsOf.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
            for (var index : tableOf.entrySet()) {
                try {
                    s.execute("DROP INDEX " + index.getKey());
                    droppedIndexes.add("CREATE INDEX " + index.getKey() + " ON " + index.getValue()
                            + " (" + String.join(", ", columnsOf.get(index.getKey())) + ")");
                } catch (SQLException inUse) {
                    // an index a constraint relies on: kept
                }
            }
        }
    }

    /** H2: creates the indexes {@link #dropIndexes} dropped. */
    void restoreIndexes() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String create : droppedIndexes) {
                s.execute(create);
            }
        }
        droppedIndexes.clear();
    }

    /** H2: no foreign-key checks while loading rows that are consistent by construction. */
    void referentialIntegrity(boolean on) throws SQLException {
        if (h2) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY " + (on ? "TRUE" : "FALSE"));
            }
        }
    }
}
