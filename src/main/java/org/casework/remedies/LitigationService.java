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
import org.casework.org.ImportOrgs;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.ScopedOrgs;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Litigation (行政应诉): one record per court instance in which the organisation is the defendant.
 * Heads, leaders and system administrators keep them within their organisation subtree; the rules are
 * in {@link LitigationRules}.
 */
@Service
@Transactional(readOnly = true)
public class LitigationService {

    static final String OTHER_STAFF_NOTE = "负责人出庭登记为“是”，但出庭人员职务为其他工作人员，不计入负责人出庭应诉";

    private final LitigationRepository instances;
    private final OrgService orgs;
    private final CurrentUser current;
    private final ScopedOrgs scoped;

    LitigationService(LitigationRepository instances, OrgService orgs, CurrentUser current, ScopedOrgs scoped) {
        this.instances = instances;
        this.orgs = orgs;
        this.current = current;
        this.scoped = scoped;
    }

    public boolean canEdit() {
        return current.find().map(u -> u.hasAny(ReconsiderationService.KEEPERS)).orElse(false);
    }

    public List<OrgRef> orgChoices() {
        current.require(ReconsiderationService.KEEPERS);
        return scoped.visible();
    }

    public List<LitigationDetail> search(LitigationFilter filter, int offset, int limit) {
        current.require(ReconsiderationService.KEEPERS);
        Sort sort = Sort.by(Sort.Order.desc("receivedDate"), Sort.Order.desc("id"));
        return instances.findAll(spec(filter), OffsetPageable.at(offset, limit, sort)).stream().map(this::detail).toList();
    }

    public long count(LitigationFilter filter) {
        current.require(ReconsiderationService.KEEPERS);
        return instances.count(spec(filter));
    }

    public LitigationDetail get(long id) {
        current.require(ReconsiderationService.KEEPERS);
        LitigationInstance i = find(id);
        current.requireScope(i.orgId);
        return detail(i);
    }

    @Transactional
    public LitigationDetail create(LitigationForm form) {
        current.require(ReconsiderationService.KEEPERS);
        if (form.orgId() != null) {
            current.requireScope(form.orgId());
        }
        BusinessRuleException.throwIfAny(violations(form, null));
        LitigationInstance i = new LitigationInstance();
        apply(i, form);
        return detail(instances.saveAndFlush(i));
    }

    @Transactional
    public LitigationDetail update(long id, long version, LitigationForm form) {
        current.require(ReconsiderationService.KEEPERS);
        LitigationInstance i = find(id);
        current.requireScope(i.orgId);
        if (form.orgId() != null) {
            current.requireScope(form.orgId());
        }
        if (i.version != version) {
            throw new BusinessRuleException("该应诉案件已被他人修改，请重新打开后再保存");
        }
        BusinessRuleException.throwIfAny(violations(form, i.id));
        apply(i, form);
        return detail(instances.saveAndFlush(i));
    }

    /**
     * One row of the ledger sheet 诉讼案件: creates or updates the instance identified by 被告 and 法院案号.
     * Values the ledger does not carry (court, notes) are kept. Nothing is written for an unchanged row.
     */
    @Transactional(noRollbackFor = {BusinessRuleException.class, AccessDeniedException.class})
    public ImportOutcome importInstance(LitigationImport row) {
        current.require(ReconsiderationService.KEEPERS);
        List<RuleViolation> v = new ArrayList<>();
        OrgRef org = ImportOrgs.resolve(orgs, row.orgCode(), "被告", v);
        if (org != null) {
            current.requireScope(org.id());
        }
        Optional<LitigationInstance> existing = org == null || row.courtCaseNo() == null
                ? Optional.empty() : instances.findByOrgIdAndCourtCaseNo(org.id(), row.courtCaseNo().trim());
        LitigationForm kept = existing.map(i -> detail(i).form()).orElse(null);
        LitigationForm form = new LitigationForm(org == null ? null : org.id(), row.courtCaseNo(), row.level(),
                row.plaintiff(), kept == null ? null : kept.courtName(), row.receivedDate(), row.hearingDate(),
                row.headAppeared(), row.headName(), row.headRole(), row.concludedDate(), row.result(),
                kept == null ? null : kept.notes());
        v.addAll(violations(form, existing.map(i -> i.id).orElse(null)).stream()
                .filter(x -> org != null || !"被告".equals(x.field())).toList());
        BusinessRuleException.throwIfAny(v);
        if (existing.isEmpty()) {
            LitigationInstance i = new LitigationInstance();
            apply(i, form);
            i.origin = Origin.IMPORT;
            instances.save(i);
            return ImportOutcome.CREATED;
        }
        LitigationInstance i = existing.get();
        LitigationDetail before = detail(i);
        apply(i, form);
        if (detail(i).equals(before)) {
            return ImportOutcome.UNCHANGED;
        }
        i.origin = Origin.IMPORT;
        return ImportOutcome.UPDATED;
    }

    private LitigationInstance find(long id) {
        return instances.findById(id).orElseThrow(() -> new NotFoundException("应诉案件不存在：" + id));
    }

    private List<RuleViolation> violations(LitigationForm form, Long selfId) {
        List<RuleViolation> v = new ArrayList<>(LitigationRules.check(form));
        if (form.orgId() != null && form.courtCaseNo() != null && !form.courtCaseNo().isBlank()) {
            instances.findByOrgIdAndCourtCaseNo(form.orgId(), form.courtCaseNo().trim()).filter(o -> !o.id.equals(selfId))
                    .ifPresent(o -> v.add(new RuleViolation("法院案号",
                            "本机构已有法院案号为“" + form.courtCaseNo().trim() + "”的应诉案件")));
        }
        return v;
    }

    private static void apply(LitigationInstance i, LitigationForm f) {
        i.orgId = f.orgId();
        i.courtCaseNo = f.courtCaseNo().trim();
        i.level = f.level();
        i.plaintiffName = f.plaintiff().trim();
        i.courtName = TextRules.clean(f.courtName());
        i.receivedDate = f.receivedDate();
        i.hearingDate = f.hearingDate();
        i.headAppeared = f.headAppeared();
        i.headName = TextRules.clean(f.headName());
        i.headRole = f.headRole();
        i.concludedDate = f.concludedDate();
        i.result = f.result();
        i.notes = TextRules.clean(f.notes());
        i.dataQuality = f.headAppeared() && f.headRole() == HeadRole.OTHER_STAFF ? OTHER_STAFF_NOTE : null;
    }

    private Specification<LitigationInstance> spec(LitigationFilter filter) {
        LitigationFilter f = filter == null ? LitigationFilter.none() : filter;
        Set<Long> orgIds = scoped.idsWithin(f.orgId());
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(orgIds.isEmpty() ? cb.disjunction() : root.get("orgId").in(orgIds));
            if (f.year() != null) {
                p.add(cb.between(root.get("receivedDate"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
            }
            if (f.level() != null) {
                p.add(cb.equal(root.get("level"), f.level()));
            }
            if (f.result() != null) {
                p.add(cb.equal(root.get("result"), f.result()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim() + "%";
                p.add(cb.or(cb.like(root.get("courtCaseNo"), like), cb.like(root.get("plaintiffName"), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private LitigationDetail detail(LitigationInstance i) {
        OrgRef org = orgs.get(i.orgId);
        return new LitigationDetail(i.id == null ? 0 : i.id, org.id(), org.code(), org.name(), i.courtCaseNo, i.level,
                i.plaintiffName, i.courtName, i.receivedDate, i.hearingDate, i.headAppeared, i.headName, i.headRole,
                i.concludedDate, i.result, i.penaltyCaseId, i.notes, i.dataQuality, i.origin, i.version);
    }
}
