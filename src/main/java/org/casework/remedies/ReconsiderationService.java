package org.casework.remedies;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.NotFoundException;
import org.casework.base.OffsetPageable;
import org.casework.base.Origin;
import org.casework.base.RuleViolation;
import org.casework.base.TextRules;
import org.casework.calendar.WorkCalendar;
import org.casework.org.ImportOrgs;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.ScopedOrgs;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconsideration cases (行政复议) with the organisation as respondent. Heads, leaders and system
 * administrators keep them within their organisation subtree; the rules are in {@link ReconsiderationRules}.
 */
@Service
@Transactional(readOnly = true)
public class ReconsiderationService {

    static final Role[] KEEPERS = {Role.HEAD, Role.LEADER, Role.ADMIN};
    /** Working days the respondent has to reply with its evidence (《行政复议法》第四十八条). */
    static final int REPLY_WORKING_DAYS = 10;

    private final ReconsiderationRepository cases;
    private final PenaltyCaseLookup penaltyCases;
    private final OrgService orgs;
    private final CurrentUser current;
    private final ScopedOrgs scoped;
    private final WorkCalendar calendar;

    ReconsiderationService(ReconsiderationRepository cases, PenaltyCaseLookup penaltyCases, OrgService orgs,
                           CurrentUser current, ScopedOrgs scoped, WorkCalendar calendar) {
        this.cases = cases;
        this.penaltyCases = penaltyCases;
        this.orgs = orgs;
        this.current = current;
        this.scoped = scoped;
        this.calendar = calendar;
    }

    public boolean canEdit() {
        return current.find().map(u -> u.hasAny(KEEPERS)).orElse(false);
    }

    /** The organisations the user may choose as respondent or filter by. */
    public List<OrgRef> orgChoices() {
        current.require(KEEPERS);
        return scoped.visible();
    }

    public List<ReconsiderationDetail> search(ReconsiderationFilter filter, int offset, int limit) {
        current.require(KEEPERS);
        Sort sort = Sort.by(Sort.Order.desc("receivedDate"), Sort.Order.desc("id"));
        return cases.findAll(spec(filter), OffsetPageable.at(offset, limit, sort)).stream().map(this::detail).toList();
    }

    public long count(ReconsiderationFilter filter) {
        current.require(KEEPERS);
        return cases.count(spec(filter));
    }

    public ReconsiderationDetail get(long id) {
        current.require(KEEPERS);
        ReconsiderationCase c = find(id);
        current.requireScope(c.orgId);
        return detail(c);
    }

    @Transactional
    public ReconsiderationDetail create(ReconsiderationForm form) {
        current.require(KEEPERS);
        if (form.orgId() != null) {
            current.requireScope(form.orgId());
        }
        BusinessRuleException.throwIfAny(violations(form, null));
        ReconsiderationCase c = new ReconsiderationCase();
        apply(c, form);
        return detail(cases.saveAndFlush(c));
    }

    @Transactional
    public ReconsiderationDetail update(long id, long version, ReconsiderationForm form) {
        current.require(KEEPERS);
        ReconsiderationCase c = find(id);
        current.requireScope(c.orgId);
        if (form.orgId() != null) {
            current.requireScope(form.orgId());
        }
        if (c.version != version) {
            throw new BusinessRuleException("该复议案件已被他人修改，请重新打开后再保存");
        }
        BusinessRuleException.throwIfAny(violations(form, c.id));
        apply(c, form);
        return detail(cases.saveAndFlush(c));
    }

    /**
     * One row of the ledger sheet 复议案件: creates or updates the case identified by 被申请人 and 复议案号,
     * linking the penalty case named by 原处罚案号 when the same organisation has it. Values the ledger
     * does not carry (reply due date, organ, notes) are kept. Nothing is written for an unchanged row.
     */
    @Transactional(noRollbackFor = {BusinessRuleException.class, AccessDeniedException.class})
    public ImportOutcome importCase(ReconsiderationImport row) {
        current.require(KEEPERS);
        List<RuleViolation> v = new ArrayList<>();
        OrgRef org = ImportOrgs.resolve(orgs, row.orgCode(), "被申请人", v);
        if (org != null) {
            current.requireScope(org.id());
        }
        Optional<ReconsiderationCase> existing = org == null || row.caseNo() == null
                ? Optional.empty() : cases.findByOrgIdAndCaseNo(org.id(), row.caseNo().trim());
        ReconsiderationForm kept = existing.map(c -> detail(c).form()).orElse(null);
        LocalDate replyDue = kept != null && row.receivedDate() != null && row.receivedDate().equals(kept.receivedDate())
                ? kept.replyDueDate() : null;
        ReconsiderationForm form = new ReconsiderationForm(org == null ? null : org.id(), row.caseNo(), row.applicant(),
                row.receivedDate(), replyDue, row.concludedDate(), row.outcome(), row.redoOrdered(), row.originalCaseNo(),
                kept == null ? null : kept.reconsiderationOrgan(), kept == null ? null : kept.notes());
        v.addAll(violations(form, existing.map(c -> c.id).orElse(null)).stream()
                .filter(x -> org != null || !"被申请人".equals(x.field())).toList());
        BusinessRuleException.throwIfAny(v);
        if (existing.isEmpty()) {
            ReconsiderationCase c = new ReconsiderationCase();
            apply(c, form);
            c.origin = Origin.IMPORT;
            cases.save(c);
            return ImportOutcome.CREATED;
        }
        ReconsiderationCase c = existing.get();
        ReconsiderationDetail before = detail(c);
        apply(c, form);
        if (detail(c).equals(before)) {
            return ImportOutcome.UNCHANGED;
        }
        c.origin = Origin.IMPORT;
        return ImportOutcome.UPDATED;
    }

    private ReconsiderationCase find(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("复议案件不存在：" + id));
    }

    private List<RuleViolation> violations(ReconsiderationForm form, Long selfId) {
        List<RuleViolation> v = new ArrayList<>(ReconsiderationRules.check(form));
        if (form.orgId() != null && form.caseNo() != null && !form.caseNo().isBlank()) {
            cases.findByOrgIdAndCaseNo(form.orgId(), form.caseNo().trim()).filter(o -> !o.id.equals(selfId))
                    .ifPresent(o -> v.add(new RuleViolation("复议案号", "本机构已有复议案号为“" + form.caseNo().trim() + "”的案件")));
        }
        return v;
    }

    /** Writes the form and what follows from it: the reply due date, the linked penalty case, the data-quality notes. */
    private void apply(ReconsiderationCase c, ReconsiderationForm f) {
        c.orgId = f.orgId();
        c.caseNo = f.caseNo().trim();
        c.applicantName = f.applicant().trim();
        c.receivedDate = f.receivedDate();
        c.replyDueDate = f.replyDueDate() != null ? f.replyDueDate()
                : calendar.addWorkingDays(f.receivedDate(), REPLY_WORKING_DAYS).value();
        c.concludedDate = f.concludedDate();
        c.outcome = f.outcome();
        c.redoOrdered = f.redoOrdered();
        c.originalCaseNo = TextRules.clean(f.originalCaseNo());
        c.penaltyCaseId = penaltyCases.find(c.orgId, c.originalCaseNo).orElse(null);
        c.reconsiderationOrgan = TextRules.clean(f.reconsiderationOrgan());
        c.notes = TextRules.clean(f.notes());
        c.dataQuality = c.originalCaseNo != null && c.penaltyCaseId == null
                ? "原处罚案号“" + c.originalCaseNo + "”在本机构未找到对应的处罚案件，未建立关联" : null;
    }

    private Specification<ReconsiderationCase> spec(ReconsiderationFilter filter) {
        ReconsiderationFilter f = filter == null ? ReconsiderationFilter.none() : filter;
        Set<Long> orgIds = scoped.idsWithin(f.orgId());
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(orgIds.isEmpty() ? cb.disjunction() : root.get("orgId").in(orgIds));
            if (f.year() != null) {
                p.add(cb.between(root.get("receivedDate"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
            }
            if (f.outcome() != null) {
                p.add(cb.equal(root.get("outcome"), f.outcome()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim() + "%";
                p.add(cb.or(cb.like(root.get("caseNo"), like), cb.like(root.get("applicantName"), like),
                        cb.like(root.get("originalCaseNo"), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private ReconsiderationDetail detail(ReconsiderationCase c) {
        OrgRef org = orgs.get(c.orgId);
        return new ReconsiderationDetail(c.id == null ? 0 : c.id, org.id(), org.code(), org.name(), c.caseNo,
                c.applicantName, c.receivedDate, c.replyDueDate, c.concludedDate, c.outcome, c.redoOrdered,
                c.originalCaseNo, c.penaltyCaseId, c.reconsiderationOrgan, c.notes, c.dataQuality, c.origin, c.version);
    }
}
