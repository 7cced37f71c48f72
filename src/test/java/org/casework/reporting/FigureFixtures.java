package org.casework.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.casework.calendar.WorkCalendar;
import org.casework.enforcement.PenaltyType;
import org.casework.org.MediationBodyType;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.casework.security.Role;
import org.casework.security.SystemUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Rows written straight into the case-register tables (V2), so that the figure tests depend on the
 * schema only, not on the feature services. Every test gets its own small organisation tree with
 * unique codes, so tests sharing one in-memory database do not see each other's rows:
 * <pre>
 *   root (district)
 *   ├── street
 *   │   ├── squad
 *   │   └── committee (人民调解委员会, a mediation body)
 *   └── centre (矛调中心, a mediation body)
 * </pre>
 * Users {@code <prefix>leader} (LEADER at root), {@code <prefix>streetleader} (LEADER at street) and
 * {@code <prefix>officer} (OFFICER at root); password = user name.
 */
public final class FigureFixtures {

    private static final AtomicInteger TREES = new AtomicInteger();
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final OrgService orgs;
    private final SystemUsers users;
    private final WorkCalendar calendar;
    private final UserDetailsService userDetails;

    public FigureFixtures(JdbcTemplate jdbc, OrgService orgs, SystemUsers users, WorkCalendar calendar,
                          UserDetailsService userDetails) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.users = users;
        this.calendar = calendar;
        this.userDetails = userDetails;
    }

    /** One test's organisations and users. */
    public record Tree(String prefix, OrgRef root, OrgRef street, OrgRef squad, OrgRef committee, OrgRef centre) {
        public String leader() {
            return prefix.toLowerCase() + "leader";
        }

        public String streetLeader() {
            return prefix.toLowerCase() + "streetleader";
        }

        public String officer() {
            return prefix.toLowerCase() + "officer";
        }
    }

    public Tree tree() {
        String p = "T7X" + TREES.incrementAndGet();
        OrgRef root = org(p, "测试区" + p, null, OrgType.DISTRICT, null);
        OrgRef street = org(p + "-JD", "测试街道" + p, root, OrgType.STREET, null);
        OrgRef squad = org(p + "-ZF", "测试执法队" + p, street, OrgType.SQUAD, null);
        OrgRef committee = org(p + "-TW", "测试调委会" + p, street, OrgType.MEDIATION_COMMITTEE, MediationBodyType.TOWNSHIP_STREET);
        OrgRef centre = org(p + "-MT", "测试矛调中心" + p, root, OrgType.MEDIATION_CENTRE, MediationBodyType.CENTRE);
        Tree tree = new Tree(p, root, street, squad, committee, centre);
        users.provision(tree.leader(), "领导" + p, root.id(), EnumSet.of(Role.LEADER), tree.leader());
        users.provision(tree.streetLeader(), "街道领导" + p, street.id(), EnumSet.of(Role.LEADER), tree.streetLeader());
        users.provision(tree.officer(), "执法人员" + p, root.id(), EnumSet.of(Role.OFFICER), tree.officer());
        return tree;
    }

    public OrgRef org(String code, String name, OrgRef parent, OrgType type, MediationBodyType bodyType) {
        return orgs.create(new OrgCommand(code, name, parent == null ? null : parent.id(), type, bodyType, null, true));
    }

    /** Signs the user in for service calls (roles and organisation from the database). */
    public void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static String number(String prefix) {
        return prefix + "-" + NUMBERS.incrementAndGet();
    }

    // ---------------------------------------------------------------- rows

    /** A row of any table; {@link #insert()} returns the generated id. */
    public final class Row {
        private final String table;
        private final Map<String, Object> values = new LinkedHashMap<>();

        Row(String table) {
            this.table = table;
        }

        /** Sets a column; a text "yyyy-MM-dd" becomes a date. */
        public Row set(String column, Object value) {
            values.put(column, value instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s) : value);
            return this;
        }

        public long insert() {
            Map<String, Object> row = new LinkedHashMap<>(values);
            Number id = new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(row.keySet().toArray(String[]::new))
                    .usingGeneratedKeyColumns("id").executeAndReturnKey(row);
            return id.longValue();
        }
    }

    public Row row(String table) {
        return new Row(table);
    }

    /** A general-procedure penalty case with its required columns; set what the test needs. */
    public PenaltyCaseRow penaltyCase(OrgRef org) {
        return new PenaltyCaseRow(org);
    }

    /** penalty_case with the derived columns the case service keeps (due dates from the work calendar). */
    public final class PenaltyCaseRow {
        private final Row row = new Row("penalty_case");
        private LocalDate filed;
        private LocalDate decided;
        private String outcome;
        private int extension;
        private int paused;
        private List<PenaltyType> types = List.of();

        PenaltyCaseRow(OrgRef org) {
            row.set("org_id", org.id()).set("case_no", number("罚")).set("procedure_type", "GENERAL").set("status", "REGISTERED")
                    .set("party_kind", "PERSON").set("party_name", "当事人").set("cause", "测试案由")
                    .set("created_at", Timestamp.from(Instant.now()));
        }

        public PenaltyCaseRow simple() {
            row.set("procedure_type", "SIMPLE");
            return this;
        }

        public PenaltyCaseRow number(String caseNo) {
            row.set("case_no", caseNo);
            return this;
        }

        public PenaltyCaseRow filed(String date) {
            filed = d(date);
            row.set("filed_date", filed);
            return this;
        }

        public PenaltyCaseRow extensionDays(int days) {
            extension = days;
            row.set("extension_days", days);
            return this;
        }

        public PenaltyCaseRow pausedDays(int days) {
            paused = days;
            row.set("paused_days", days);
            return this;
        }

        /**
         * 处罚 with its penalty types (the items) and amounts (fine + valued confiscation); the heaviest type
         * is derived as the case service does, by {@link PenaltyType#heaviest}.
         */
        public PenaltyCaseRow penalty(String date, String fine, String confiscation, PenaltyType... types) {
            decided(date, "PENALTY");
            BigDecimal f = fine == null ? null : new BigDecimal(fine);
            BigDecimal c = confiscation == null ? null : new BigDecimal(confiscation);
            this.types = List.of(types);
            PenaltyType heaviest = PenaltyType.heaviest(this.types);
            row.set("heaviest_type", heaviest == null ? null : heaviest.name()).set("fine_amount", f).set("confiscation_amount", c)
                    .set("penalty_amount", (f == null ? BigDecimal.ZERO : f).add(c == null ? BigDecimal.ZERO : c).setScale(2));
            return this;
        }

        public PenaltyCaseRow decided(String date, String outcome) {
            decided = d(date);
            this.outcome = outcome;
            row.set("decision_date", decided).set("outcome", outcome).set("status", "DECIDED");
            return this;
        }

        public PenaltyCaseRow set(String column, Object value) {
            row.set(column, value);
            return this;
        }

        public long insert() {
            if (filed != null && "GENERAL".equals(values("procedure_type"))) {
                row.set("decision_due_date", filed.plusDays(90L + extension + paused));
            }
            if (decided != null && "PENALTY".equals(outcome)) {
                row.set("publication_due_date", calendar.addWorkingDays(decided, 7).value());
            }
            long id = row.insert();
            for (PenaltyType type : types) {
                item(id, type.name(), type == PenaltyType.FINE ? (BigDecimal) row.values.get("fine_amount")
                        : type == PenaltyType.CONFISCATION ? (BigDecimal) row.values.get("confiscation_amount") : null);
            }
            return id;
        }

        private Object values(String column) {
            return row.values.get(column);
        }
    }

    public long item(long caseId, String type, BigDecimal amount) {
        return row("penalty_item").set("case_id", caseId).set("penalty_type", type).set("amount", amount).insert();
    }

    public long payment(long caseId, String paidDate, String amount, String surcharge) {
        return row("penalty_payment").set("case_id", caseId).set("paid_date", d(paidDate))
                .set("amount", new BigDecimal(amount)).set("surcharge_amount", new BigDecimal(surcharge)).insert();
    }

    public long discussion(long caseId, String meetingDate) {
        return row("collective_discussion").set("case_id", caseId).set("meeting_date", d(meetingDate)).insert();
    }

    public long measure(long caseId, String decidedDate) {
        return row("coercive_measure").set("case_id", caseId).set("measure_type", "SEIZE").set("decided_date", d(decidedDate)).insert();
    }

    public long officer(OrgRef org, String name, String from, String offDuty, String certificateNo, String validUntil) {
        return row("officer").set("org_id", org.id()).set("name", name).set("on_duty_from", d(from))
                .set("off_duty_date", offDuty == null ? null : d(offDuty)).set("certificate_no", certificateNo)
                .set("certificate_valid_until", validUntil == null ? null : d(validUntil)).insert();
    }

    public long inspection(OrgRef org, String date) {
        return row("inspection").set("org_id", org.id()).set("inspection_no", number("检")).set("inspection_date", d(date))
                .set("target", "检查对象").set("created_at", Timestamp.from(Instant.now())).insert();
    }

    public Row reconsideration(OrgRef org, String received) {
        return row("reconsideration_case").set("org_id", org.id()).set("case_no", number("复")).set("applicant_name", "申请人")
                .set("received_date", d(received)).set("created_at", Timestamp.from(Instant.now()));
    }

    public Row litigation(OrgRef org, String level, String received) {
        return row("litigation_instance").set("org_id", org.id()).set("court_case_no", number("诉")).set("instance_level", level)
                .set("plaintiff_name", "原告").set("received_date", d(received)).set("created_at", Timestamp.from(Instant.now()));
    }

    public long mediator(OrgRef body, String name, String appointed, String dismissed) {
        return row("mediator").set("org_id", body.id()).set("name", name).set("appointed_date", d(appointed))
                .set("dismissed_date", dismissed == null ? null : d(dismissed)).insert();
    }

    public Row dispute(OrgRef body, String accepted) {
        return row("dispute").set("org_id", body.id()).set("dispute_no", number("调")).set("mediation_kind", "PEOPLE")
                .set("intake_source", "APPLIED").set("category", "邻里").set("parties_text", "甲、乙")
                .set("accepted_date", d(accepted)).set("status", "ACCEPTED").set("created_at", Timestamp.from(Instant.now()));
    }

    /** A dispute closed with an outcome; an agreement gets its agreement date = closing date, as the dispute service does. */
    public Row closedDispute(OrgRef body, String accepted, String closed, String outcome) {
        Row r = dispute(body, accepted).set("closed_date", d(closed)).set("outcome", outcome).set("status", "CLOSED");
        if ("WRITTEN".equals(outcome) || "ORAL".equals(outcome)) {
            r.set("agreement_date", d(closed));
        }
        return r;
    }

    public long followUp(long disputeId, String date) {
        return row("dispute_follow_up").set("dispute_id", disputeId).set("visit_date", d(date)).insert();
    }

    public Row petition(OrgRef org, String channel, String registered) {
        return row("petition").set("org_id", org.id()).set("petition_no", number("访")).set("channel_code", channel)
                .set("registered_date", d(registered)).set("status", "REGISTERED").set("created_at", Timestamp.from(Instant.now()));
    }
}
