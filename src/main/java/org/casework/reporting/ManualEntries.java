package org.casework.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.casework.audit.AuditService;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.RuleViolation;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 填报 items of a year (manual_yearly_entry): leaders and administrators read those of the
 * organisations in their scope; a leader enters and edits them for the organisations in their scope.
 */
@Service
public class ManualEntries {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final OrgService orgs;
    private final AuditService audit;
    private final Clock clock;

    ManualEntries(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, OrgService orgs, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.orgs = orgs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The items entered for the organisation itself (not its subtree) and the year, in the order entered. */
    @Transactional(readOnly = true)
    public List<ManualEntry> list(int year, String orgCode) {
        currentUser.require(Role.LEADER, Role.ADMIN);
        OrgRef org = currentUser.scopedOrg(orgCode);
        return jdbc.query("SELECT id, report_year, item, quantity, unit, note, entered_by, entered_at FROM manual_yearly_entry"
                        + " WHERE org_id = :org AND report_year = :year ORDER BY id",
                new MapSqlParameterSource("org", org.id()).addValue("year", year),
                (rs, i) -> new ManualEntry(rs.getLong("id"), rs.getInt("report_year"), org.code(), rs.getString("item"),
                        rs.getBigDecimal("quantity"), rs.getString("unit"), rs.getString("note"), rs.getString("entered_by"),
                        rs.getObject("entered_at", LocalDateTime.class).atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(clock.getZone()).toOffsetDateTime()));
    }

    /** Whether the signed-in user may enter items (a leader). */
    public boolean canEdit() {
        return currentUser.find().map(u -> u.has(Role.LEADER)).orElse(false);
    }

    @Transactional
    public ManualEntry save(ManualEntryForm form) {
        UserContext user = currentUser.require(Role.LEADER);
        OrgRef org = currentUser.scopedOrg(form.orgCode());
        FigureService.checkYear(form.year());
        validate(form);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS);
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("year", form.year()).addValue("org", org.id())
                .addValue("item", form.item().trim()).addValue("quantity", form.quantity()).addValue("unit", blankToNull(form.unit()))
                .addValue("note", blankToNull(form.note())).addValue("by", user.username()).addValue("at", now);
        long id;
        if (form.id() == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update("INSERT INTO manual_yearly_entry (report_year, org_id, item, quantity, unit, note, entered_by, entered_at)"
                    + " VALUES (:year, :org, :item, :quantity, :unit, :note, :by, :at)", p, key, new String[] {"id"});
            id = key.getKey().longValue();
            audit.record("MANUAL_ENTRY_CREATED", "manual_yearly_entry", id, form.year() + " " + org.code() + " " + form.item());
        } else {
            requireOwn(form.id(), org, form.year());
            id = form.id();
            jdbc.update("UPDATE manual_yearly_entry SET item = :item, quantity = :quantity, unit = :unit, note = :note,"
                    + " entered_by = :by, entered_at = :at WHERE id = :id", p.addValue("id", id));
            audit.record("MANUAL_ENTRY_UPDATED", "manual_yearly_entry", id, form.year() + " " + org.code() + " " + form.item());
        }
        return list(form.year(), org.code()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void delete(long id) {
        currentUser.require(Role.LEADER);
        Long orgId = jdbc.query("SELECT org_id FROM manual_yearly_entry WHERE id = :id", new MapSqlParameterSource("id", id),
                rs -> rs.next() ? rs.getLong(1) : null);
        if (orgId == null) {
            throw new NotFoundException("填报事项不存在：" + id);
        }
        currentUser.requireScope(orgId);
        jdbc.update("DELETE FROM manual_yearly_entry WHERE id = :id", new MapSqlParameterSource("id", id));
        audit.record("MANUAL_ENTRY_DELETED", "manual_yearly_entry", id, orgs.get(orgId).code());
    }

    private void requireOwn(long id, OrgRef org, int year) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM manual_yearly_entry WHERE id = :id AND org_id = :org AND report_year = :year",
                new MapSqlParameterSource("id", id).addValue("org", org.id()).addValue("year", year), Integer.class);
        if (n == null || n == 0) {
            throw new NotFoundException("填报事项不存在：" + id);
        }
    }

    private static void validate(ManualEntryForm f) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.item() == null || f.item().isBlank()) {
            v.add(new RuleViolation("事项", "请填写事项名称（如：普法活动、培训人次）"));
        } else if (f.item().trim().length() > 100) {
            v.add(new RuleViolation("事项", "事项名称不能超过100个字"));
        }
        if (f.quantity() != null && (f.quantity().signum() < 0 || f.quantity().scale() > 2
                || f.quantity().compareTo(new BigDecimal("999999999999.99")) > 0)) {
            v.add(new RuleViolation("数量", "数量应为不小于0的数，最多两位小数"));
        }
        if (f.unit() != null && f.unit().trim().length() > 20) {
            v.add(new RuleViolation("单位", "单位不能超过20个字"));
        }
        if (f.note() != null && f.note().length() > 2000) {
            v.add(new RuleViolation("说明", "说明不能超过2000个字"));
        }
        if (f.quantity() == null && (f.note() == null || f.note().isBlank())) {
            v.add(new RuleViolation("数量", "请填写数量或说明"));
        }
        BusinessRuleException.throwIfAny(v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
