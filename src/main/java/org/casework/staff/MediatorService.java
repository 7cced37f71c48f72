package org.casework.staff;

import org.casework.org.ImportOrgs;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
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
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.ScopedOrgs;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster of mediators (调解员名册) of the mediation bodies. System administrators keep it;
 * mediators, heads (a committee's head assigns the mediators of a dispute) and leaders read it within
 * their organisation subtree. A mediator belongs to a mediation body (an organisation with a mediation
 * body type) and is identified there by name.
 */
@Service
@Transactional(readOnly = true)
public class MediatorService {

    static final Role[] READERS = {Role.MEDIATOR, Role.HEAD, Role.LEADER, Role.ADMIN};
    static final Role[] WRITERS = {Role.ADMIN};
    static final Role[] IMPORTERS = {Role.ADMIN, Role.LEADER};

    private final MediatorRepository mediators;
    private final OrgService orgs;
    private final CurrentUser current;
    private final ScopedOrgs scoped;
    private final Clock clock;

    MediatorService(MediatorRepository mediators, OrgService orgs, CurrentUser current, ScopedOrgs scoped, Clock clock) {
        this.mediators = mediators;
        this.orgs = orgs;
        this.current = current;
        this.scoped = scoped;
        this.clock = clock;
    }

    public boolean canEdit() {
        return current.find().map(u -> u.hasAny(WRITERS)).orElse(false);
    }

    /** The mediation bodies the user may see, for pickers and filters. */
    public List<OrgRef> bodies() {
        current.require(READERS);
        return scoped.visibleMediationBodies();
    }

    public List<MediatorDetail> search(MediatorFilter filter, int offset, int limit) {
        current.require(READERS);
        Sort sort = Sort.by("orgId", "name", "id");
        return mediators.findAll(spec(filter), OffsetPageable.at(offset, limit, sort)).stream().map(this::detail).toList();
    }

    public long count(MediatorFilter filter) {
        current.require(READERS);
        return mediators.count(spec(filter));
    }

    public MediatorDetail get(long id) {
        current.require(READERS);
        Mediator m = mediators.findById(id).orElseThrow(() -> new NotFoundException("调解员不存在：" + id));
        current.requireScope(m.orgId);
        return detail(m);
    }

    @Transactional
    public MediatorDetail create(MediatorForm form) {
        current.require(WRITERS);
        requireBodyInScope(form.bodyId());
        BusinessRuleException.throwIfAny(check(form, null));
        Mediator m = new Mediator();
        apply(m, form);
        return detail(mediators.saveAndFlush(m));
    }

    @Transactional
    public MediatorDetail update(long id, long version, MediatorForm form) {
        current.require(WRITERS);
        Mediator m = mediators.findById(id).orElseThrow(() -> new NotFoundException("调解员不存在：" + id));
        current.requireScope(m.orgId);
        requireBodyInScope(form.bodyId());
        if (m.version != version) {
            throw new BusinessRuleException("该调解员已被他人修改，请重新打开后再保存");
        }
        BusinessRuleException.throwIfAny(check(form, m.id));
        apply(m, form);
        return detail(mediators.saveAndFlush(m));
    }

    /**
     * One row of the ledger sheet 调解员: creates or updates the mediator identified by body and name.
     * Nothing is written when every stored value already equals the row.
     */
    @Transactional(noRollbackFor = {BusinessRuleException.class, AccessDeniedException.class})
    public ImportOutcome importMediator(MediatorImport row) {
        current.require(IMPORTERS);
        List<RuleViolation> violations = new ArrayList<>();
        OrgRef body = ImportOrgs.resolve(orgs, row.bodyCode(), "调解组织", violations);
        if (body != null) {
            current.requireScope(body.id());
        }
        MediatorForm form = new MediatorForm(body == null ? null : body.id(), row.name(), row.fullTime(),
                row.appointedDate(), row.dismissedDate());
        Optional<Mediator> existing = body == null || row.name() == null
                ? Optional.empty() : mediators.findByOrgIdAndName(body.id(), row.name().trim());
        boolean bodyKnown = body != null;
        violations.addAll(check(form, existing.map(m -> m.id).orElse(null)).stream()
                .filter(x -> bodyKnown || !"调解组织".equals(x.field())).toList());
        BusinessRuleException.throwIfAny(violations);
        if (existing.isEmpty()) {
            Mediator m = new Mediator();
            apply(m, form);
            m.origin = Origin.IMPORT;
            mediators.save(m);
            return ImportOutcome.CREATED;
        }
        Mediator m = existing.get();
        MediatorForm before = detail(m).form();
        if (before.equals(normalised(form))) {
            return ImportOutcome.UNCHANGED;
        }
        apply(m, form);
        m.origin = Origin.IMPORT;
        return ImportOutcome.UPDATED;
    }

    private void requireBodyInScope(Long bodyId) {
        if (bodyId != null) {
            current.requireScope(bodyId);
        }
    }

    /** Every rule the form breaks, named by the Chinese label of its field. */
    List<RuleViolation> check(MediatorForm f, Long selfId) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.bodyId() == null) {
            v.add(new RuleViolation("调解组织", "请选择调解组织"));
        } else {
            OrgRef body = orgs.get(f.bodyId());
            if (!body.isMediationBody()) {
                v.add(new RuleViolation("调解组织", "“" + body.name() + "”不是调解组织：调解员只能属于设置了调解组织类型的机构"));
            }
        }
        String name = f.name() == null ? "" : f.name().trim();
        if (name.isEmpty()) {
            v.add(new RuleViolation("姓名", "调解员姓名不能为空"));
        } else if (name.length() > 100) {
            v.add(new RuleViolation("姓名", "调解员姓名不能超过100个字"));
        } else if (f.bodyId() != null) {
            mediators.findByOrgIdAndName(f.bodyId(), name).filter(other -> !other.id.equals(selfId))
                    .ifPresent(other -> v.add(new RuleViolation("姓名", "该调解组织已有同名调解员：" + name)));
        }
        if (f.appointedDate() == null) {
            v.add(new RuleViolation("起聘日期", "起聘日期不能为空"));
        } else if (f.dismissedDate() != null && f.dismissedDate().isBefore(f.appointedDate())) {
            v.add(new RuleViolation("解聘日期", "解聘日期不能早于起聘日期"));
        }
        return v;
    }

    private static MediatorForm normalised(MediatorForm f) {
        return new MediatorForm(f.bodyId(), f.name() == null ? null : f.name().trim(), f.fullTime(),
                f.appointedDate(), f.dismissedDate());
    }

    private static void apply(Mediator m, MediatorForm f) {
        m.orgId = f.bodyId();
        m.name = f.name().trim();
        m.fullTime = f.fullTime();
        m.appointedDate = f.appointedDate();
        m.dismissedDate = f.dismissedDate();
    }

    private Specification<Mediator> spec(MediatorFilter filter) {
        MediatorFilter f = filter == null ? MediatorFilter.none() : filter;
        Set<Long> orgIds = scoped.idsWithin(f.bodyId());
        LocalDate today = LocalDate.now(clock);
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(orgIds.isEmpty() ? cb.disjunction() : root.get("orgId").in(orgIds));
            if (f.active() != null) {
                Predicate active = cb.and(cb.lessThanOrEqualTo(root.get("appointedDate"), today),
                        cb.or(cb.isNull(root.get("dismissedDate")), cb.greaterThan(root.get("dismissedDate"), today)));
                p.add(f.active() ? active : cb.not(active));
            }
            if (f.text() != null && !f.text().isBlank()) {
                p.add(cb.like(root.get("name"), "%" + f.text().trim() + "%"));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private MediatorDetail detail(Mediator m) {
        OrgRef body = orgs.get(m.orgId);
        return new MediatorDetail(m.id, body.id(), body.code(), body.name(), m.name, m.fullTime, m.appointedDate,
                m.dismissedDate, m.activeOn(LocalDate.now(clock)), m.origin, m.version);
    }
}
