package org.casework.petitions;

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
import org.casework.petitions.PetitionRules.Limits;
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
 * Petitions and complaints (信访投诉) registered by channel: petition clerks register and close them within
 * their organisation subtree, leaders read them; the rules are in {@link PetitionRules}.
 */
@Service
@Transactional(readOnly = true)
public class PetitionService {

    static final Role[] READERS = {Role.PETITION_CLERK, Role.LEADER, Role.ADMIN};
    static final Role[] WRITERS = {Role.PETITION_CLERK};
    static final Role[] IMPORTERS = {Role.PETITION_CLERK, Role.LEADER, Role.ADMIN};
    static final String BEYOND_LIMIT_NOTE = "办理期限超过《信访工作条例》第三十四条规定的最长期限（登记之日起60日，延期不超过30日）";
    static final String DUE_BEFORE_REGISTRATION_NOTE = "办理期限早于登记日期（按台账导入）";
    static final String NOT_BACKLOG_NOTE = "已化解但未标记为积案，不计入化解信访积案";

    private final PetitionRepository petitions;
    private final PetitionChannelRepository channels;
    private final OrgService orgs;
    private final CurrentUser current;
    private final ScopedOrgs scoped;
    private final WorkCalendar calendar;

    PetitionService(PetitionRepository petitions, PetitionChannelRepository channels, OrgService orgs,
                    CurrentUser current, ScopedOrgs scoped, WorkCalendar calendar) {
        this.petitions = petitions;
        this.channels = channels;
        this.orgs = orgs;
        this.current = current;
        this.scoped = scoped;
        this.calendar = calendar;
    }

    public boolean canEdit() {
        return current.find().map(u -> u.hasAny(WRITERS)).orElse(false);
    }

    public List<OrgRef> orgChoices() {
        current.require(READERS);
        return scoped.visible();
    }

    /** The default due date for a registration: 60 days, or 90 with an approved extension (第三十四条). */
    public LocalDate defaultDueDate(LocalDate registered, boolean extended) {
        Limits limits = limits(registered);
        return extended ? limits.longest() : limits.regular();
    }

    public List<PetitionDetail> search(PetitionFilter filter, int offset, int limit) {
        current.require(READERS);
        Sort sort = Sort.by(Sort.Order.desc("registeredDate"), Sort.Order.desc("id"));
        return petitions.findAll(spec(filter), OffsetPageable.at(offset, limit, sort)).stream().map(this::detail).toList();
    }

    public long count(PetitionFilter filter) {
        current.require(READERS);
        return petitions.count(spec(filter));
    }

    public PetitionDetail get(long id) {
        current.require(READERS);
        Petition p = find(id);
        current.requireScope(p.orgId);
        return detail(p);
    }

    @Transactional
    public PetitionDetail create(PetitionForm form) {
        current.require(WRITERS);
        if (form.orgId() != null) {
            current.requireScope(form.orgId());
        }
        BusinessRuleException.throwIfAny(violations(form, null, true, true));
        Petition p = new Petition();
        apply(p, form);
        return detail(petitions.saveAndFlush(p));
    }

    @Transactional
    public PetitionDetail update(long id, long version, PetitionForm form) {
        current.require(WRITERS);
        Petition p = find(id);
        current.requireScope(p.orgId);
        if (form.orgId() != null) {
            current.requireScope(form.orgId());
        }
        if (p.version != version) {
            throw new BusinessRuleException("该信访事项已被他人修改，请重新打开后再保存");
        }
        boolean channelChanged = form.channelCode() == null || !form.channelCode().trim().equals(p.channelCode);
        BusinessRuleException.throwIfAny(violations(form, p.id, channelChanged, true));
        apply(p, form);
        return detail(petitions.saveAndFlush(p));
    }

    /**
     * One row of the ledger sheet 信访投诉: creates or updates the petition identified by 承办单位 and 编号.
     * The channel must be in the channel list (an inactive one is accepted for history). The extension
     * flag follows from the due date; values the ledger does not carry are kept. Nothing is written for
     * an unchanged row.
     */
    @Transactional(noRollbackFor = {BusinessRuleException.class, AccessDeniedException.class})
    public ImportOutcome importPetition(PetitionImport row) {
        current.require(IMPORTERS);
        List<RuleViolation> v = new ArrayList<>();
        OrgRef org = ImportOrgs.resolve(orgs, row.orgCode(), "承办单位", v);
        if (org != null) {
            current.requireScope(org.id());
        }
        Optional<Petition> existing = org == null || row.petitionNo() == null
                ? Optional.empty() : petitions.findByOrgIdAndPetitionNo(org.id(), row.petitionNo().trim());
        PetitionForm kept = existing.map(p -> detail(p).form()).orElse(null);
        boolean sameRegistration = kept != null && kept.registeredDate().equals(row.registeredDate());
        LocalDate due = row.dueDate() != null ? row.dueDate() : sameRegistration ? kept.dueDate() : null;
        boolean extended = row.dueDate() != null
                ? row.registeredDate() != null && row.dueDate().isAfter(limits(row.registeredDate()).regular())
                : sameRegistration && kept.extended();
        PetitionForm form = new PetitionForm(org == null ? null : org.id(), row.petitionNo(), row.channel(),
                kept == null ? null : kept.petitionerName(), kept == null ? null : kept.subject(),
                kept == null ? null : kept.content(), row.registeredDate(), kept == null ? null : kept.acknowledgedDate(),
                due, extended, row.closedDate(), kept == null ? null : kept.reply(), row.rating(), row.backlog(),
                row.resolved(), kept == null ? null : kept.status());
        v.addAll(violations(form, existing.map(p -> p.id).orElse(null), false, false).stream()
                .filter(x -> org != null || !"承办单位".equals(x.field())).toList());
        BusinessRuleException.throwIfAny(v);
        if (existing.isEmpty()) {
            Petition p = new Petition();
            apply(p, form);
            p.origin = Origin.IMPORT;
            petitions.save(p);
            return ImportOutcome.CREATED;
        }
        Petition p = existing.get();
        PetitionDetail before = detail(p);
        apply(p, form);
        if (detail(p).equals(before)) {
            return ImportOutcome.UNCHANGED;
        }
        p.origin = Origin.IMPORT;
        return ImportOutcome.UPDATED;
    }

    private Petition find(long id) {
        return petitions.findById(id).orElseThrow(() -> new NotFoundException("信访事项不存在：" + id));
    }

    private List<RuleViolation> violations(PetitionForm form, Long selfId, boolean refuseInactive, boolean enforceLimits) {
        List<RuleViolation> v = new ArrayList<>();
        if (form.orgId() == null) {
            v.add(new RuleViolation("承办单位", "请选择承办单位"));
        }
        ChannelRef channel = form.channelCode() == null ? null
                : channels.findById(form.channelCode().trim()).map(PetitionChannel::toRef).orElse(null);
        Limits limits = form.registeredDate() == null ? null : limits(form.registeredDate());
        v.addAll(PetitionRules.check(form, channel, refuseInactive, limits, enforceLimits));
        if (form.orgId() != null && form.petitionNo() != null && !form.petitionNo().isBlank()) {
            petitions.findByOrgIdAndPetitionNo(form.orgId(), form.petitionNo().trim()).filter(o -> !o.id.equals(selfId))
                    .ifPresent(o -> v.add(new RuleViolation("编号", "本单位已有编号为“" + form.petitionNo().trim() + "”的信访事项")));
        }
        return v;
    }

    /** Writes the form and what follows from it: the due date, the status, the data-quality notes. */
    private void apply(Petition p, PetitionForm f) {
        Limits limits = limits(f.registeredDate());
        p.orgId = f.orgId();
        p.petitionNo = f.petitionNo().trim();
        p.channelCode = f.channelCode().trim();
        p.petitionerName = TextRules.clean(f.petitionerName());
        p.subject = TextRules.clean(f.subject());
        p.content = TextRules.clean(f.content());
        p.registeredDate = f.registeredDate();
        p.acknowledgedDate = f.acknowledgedDate();
        p.extended = f.extended();
        p.dueDate = f.dueDate() != null ? f.dueDate() : f.extended() ? limits.longest() : limits.regular();
        p.closedDate = f.closedDate();
        p.reply = TextRules.clean(f.reply());
        p.rating = f.rating();
        p.backlog = f.backlog();
        p.resolved = f.resolved();
        p.status = PetitionStatus.of(f.closedDate() != null, f.status() != null ? f.status() : p.status);
        List<String> notes = new ArrayList<>();
        if (p.dueDate.isAfter(limits.longest())) {
            notes.add(BEYOND_LIMIT_NOTE);
        }
        if (p.dueDate.isBefore(p.registeredDate)) {
            notes.add(DUE_BEFORE_REGISTRATION_NOTE);
        }
        if (p.resolved && !p.backlog) {
            notes.add(NOT_BACKLOG_NOTE);
        }
        p.dataQuality = notes.isEmpty() ? null : String.join("\n", notes);
    }

    private Limits limits(LocalDate registered) {
        return new Limits(calendar.endOfCalendarPeriod(registered, PetitionRules.REGULAR_DAYS).value(),
                calendar.endOfCalendarPeriod(registered, PetitionRules.LONGEST_DAYS).value());
    }

    private Specification<Petition> spec(PetitionFilter filter) {
        PetitionFilter f = filter == null ? PetitionFilter.none() : filter;
        Set<Long> orgIds = scoped.idsWithin(f.orgId());
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(orgIds.isEmpty() ? cb.disjunction() : root.get("orgId").in(orgIds));
            if (f.year() != null) {
                p.add(cb.between(root.get("registeredDate"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
            }
            if (f.channelCode() != null && !f.channelCode().isBlank()) {
                p.add(cb.equal(root.get("channelCode"), f.channelCode().trim()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim() + "%";
                p.add(cb.or(cb.like(root.get("petitionNo"), like), cb.like(root.get("petitionerName"), like),
                        cb.like(root.get("subject"), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private PetitionDetail detail(Petition p) {
        OrgRef org = orgs.get(p.orgId);
        String channelName = channels.findById(p.channelCode).map(c -> c.name).orElse(p.channelCode);
        return new PetitionDetail(p.id == null ? 0 : p.id, org.id(), org.code(), org.name(), p.petitionNo, p.channelCode,
                channelName, p.petitionerName, p.subject, p.content, p.registeredDate, p.acknowledgedDate, p.dueDate,
                p.extended, p.closedDate, p.reply, p.rating, p.backlog, p.resolved, p.status, p.dataQuality, p.origin,
                p.version);
    }
}
