package org.casework.mediation;

import jakarta.persistence.criteria.Predicate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
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
import org.casework.party.PartyKind;
import org.casework.party.PartyService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.ScopedOrgs;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes (调解案件) of the mediation bodies: mediators log and close them within their body's subtree,
 * leaders read them; the rules are in {@link DisputeRules}. Parties are kept in the shared registry as
 * persons named by the dispute.
 */
@Service
@Transactional(readOnly = true)
public class DisputeService {

    static final Role[] READERS = {Role.MEDIATOR, Role.HEAD, Role.LEADER, Role.ADMIN};
    static final Role[] WRITERS = {Role.MEDIATOR};
    static final Role[] IMPORTERS = {Role.MEDIATOR, Role.LEADER, Role.ADMIN};
    /** The usual time limit of a mediation: about a month (司法部《人民调解工作若干规定》第三十三条). */
    static final int MEDIATION_DAYS = 30;
    /** Beyond this many days between agreement and court confirmation the dates deserve a second look. */
    static final int CONFIRMATION_PLAUSIBLE_DAYS = 60;

    private final DisputeRepository disputes;
    private final OrgService orgs;
    private final PartyService parties;
    private final CurrentUser current;
    private final ScopedOrgs scoped;
    private final WorkCalendar calendar;

    DisputeService(DisputeRepository disputes, OrgService orgs, PartyService parties, CurrentUser current,
                   ScopedOrgs scoped, WorkCalendar calendar) {
        this.disputes = disputes;
        this.orgs = orgs;
        this.parties = parties;
        this.current = current;
        this.scoped = scoped;
        this.calendar = calendar;
    }

    public boolean canEdit() {
        return current.find().map(u -> u.hasAny(WRITERS)).orElse(false);
    }

    /** The mediation bodies the user may see, for pickers and filters. */
    public List<OrgRef> bodies() {
        current.require(READERS);
        return scoped.visibleMediationBodies();
    }

    public List<DisputeDetail> search(DisputeFilter filter, int offset, int limit) {
        current.require(READERS);
        Sort sort = Sort.by(Sort.Order.desc("acceptedDate"), Sort.Order.desc("id"));
        return disputes.findAll(spec(filter), OffsetPageable.at(offset, limit, sort)).stream().map(this::detail).toList();
    }

    public long count(DisputeFilter filter) {
        current.require(READERS);
        return disputes.count(spec(filter));
    }

    public DisputeDetail get(long id) {
        current.require(READERS);
        Dispute d = find(id);
        current.requireScope(d.orgId);
        return detail(d);
    }

    @Transactional
    public DisputeDetail create(DisputeForm form) {
        current.require(WRITERS);
        return register(form, null);
    }

    /** Registers a dispute, linked to the petition it came from (or null); the caller has checked the role. */
    DisputeDetail register(DisputeForm form, Long petitionId) {
        if (form.bodyId() != null) {
            current.requireScope(form.bodyId());
        }
        BusinessRuleException.throwIfAny(violations(form, List.of(), null));
        Dispute d = new Dispute();
        apply(d, form);
        d.petitionId = petitionId;
        return detail(disputes.saveAndFlush(d));
    }

    @Transactional
    public DisputeDetail update(long id, long version, DisputeForm form) {
        current.require(WRITERS);
        Dispute d = find(id);
        current.requireScope(d.orgId);
        if (form.bodyId() != null) {
            current.requireScope(form.bodyId());
        }
        requireNoProcess(d);
        if (d.version != version) {
            throw new BusinessRuleException("该纠纷已被他人修改，请重新打开后再保存");
        }
        BusinessRuleException.throwIfAny(violations(form, visitDates(d), d.id));
        apply(d, form);
        return detail(disputes.saveAndFlush(d));
    }

    /** Records a follow-up visit (回访). */
    @Transactional
    public DisputeDetail addFollowUp(long disputeId, FollowUpForm visit) {
        current.require(WRITERS);
        Dispute d = find(disputeId);
        current.requireScope(d.orgId);
        requireNoProcess(d);
        List<RuleViolation> v = new ArrayList<>();
        if (visit.visitDate() == null) {
            v.add(new RuleViolation("回访日期", "回访日期不能为空"));
        } else if (visit.visitDate().isBefore(d.acceptedDate)) {
            v.add(new RuleViolation("回访日期", "回访日期不能早于受理日期"));
        }
        TextRules.optional(v, "满意度", visit.satisfaction(), 32);
        TextRules.optional(v, "回访情况", visit.notes(), 2000);
        BusinessRuleException.throwIfAny(v);
        DisputeFollowUp f = new DisputeFollowUp();
        f.dispute = d;
        f.visitDate = visit.visitDate();
        f.performance = visit.performance();
        f.satisfaction = TextRules.clean(visit.satisfaction());
        f.notes = TextRules.clean(visit.notes());
        d.followUps.add(f);
        return detail(disputes.saveAndFlush(d));
    }

    /**
     * One row of the ledger sheet 调解案件: creates or updates the dispute identified by 调解组织 and 编号.
     * The parties are resolved as persons by name; the follow-up visits become the 回访日期 list (visits
     * on a listed date keep their notes); facts entered on screen are kept. Nothing is written for an
     * unchanged row.
     */
    @Transactional(noRollbackFor = {BusinessRuleException.class, AccessDeniedException.class})
    public ImportOutcome importDispute(DisputeImport row) {
        current.require(IMPORTERS);
        List<RuleViolation> v = new ArrayList<>();
        OrgRef body = ImportOrgs.resolve(orgs, row.bodyCode(), "调解组织", v);
        if (body != null) {
            current.requireScope(body.id());
        }
        Optional<Dispute> existing = body == null || row.disputeNo() == null
                ? Optional.empty() : disputes.findByOrgIdAndDisputeNo(body.id(), row.disputeNo().trim());
        existing.ifPresent(DisputeService::requireNoProcess);
        DisputeDetail kept = existing.map(this::detail).orElse(null);
        DisputeForm form = new DisputeForm(body == null ? null : body.id(), row.disputeNo(), row.kind(), row.source(),
                row.category(), row.parties(), kept == null ? null : kept.facts(), row.acceptedDate(), row.closedDate(),
                row.outcome(), row.agreementAmount(), row.judicialConfirmationDate(), row.riskFlag(),
                row.personsInvolved(), row.escalated(), kept == null ? null : kept.status());
        List<LocalDate> visits = row.followUpDates() == null ? List.of() : row.followUpDates();
        v.addAll(violations(form, visits, existing.map(d -> d.id).orElse(null)).stream()
                .filter(x -> body != null || !"调解组织".equals(x.field())).toList());
        BusinessRuleException.throwIfAny(v);
        Dispute d = existing.orElseGet(Dispute::new);
        apply(d, form);
        replaceVisits(d, visits);
        if (existing.isEmpty()) {
            d.origin = Origin.IMPORT;
            disputes.save(d);
            return ImportOutcome.CREATED;
        }
        if (detail(d).equals(kept)) {
            return ImportOutcome.UNCHANGED;
        }
        d.origin = Origin.IMPORT;
        return ImportOutcome.UPDATED;
    }

    /** A dispute worked through the mediation process changes only step by step (MediationWorkflowService). */
    private static void requireNoProcess(Dispute d) {
        if (d.processInstanceId != null) {
            throw new BusinessRuleException("流程", "纠纷“" + d.disputeNo + "”通过调解流程办理，只能在案件页面按环节办理，不能直接修改或由台账导入覆盖");
        }
    }

    private Dispute find(long id) {
        return disputes.findById(id).orElseThrow(() -> new NotFoundException("纠纷不存在：" + id));
    }

    private List<RuleViolation> violations(DisputeForm form, List<LocalDate> visits, Long selfId) {
        List<RuleViolation> v = new ArrayList<>();
        if (form.bodyId() == null) {
            v.add(new RuleViolation("调解组织", "请选择调解组织"));
        } else {
            OrgRef body = orgs.get(form.bodyId());
            if (!body.isMediationBody()) {
                v.add(new RuleViolation("调解组织", "“" + body.name() + "”不是调解组织：纠纷只能由设置了调解组织类型的机构受理"));
            }
        }
        v.addAll(DisputeRules.check(form, visits));
        if (form.bodyId() != null && form.disputeNo() != null && !form.disputeNo().isBlank()) {
            disputes.findByOrgIdAndDisputeNo(form.bodyId(), form.disputeNo().trim()).filter(o -> !o.id.equals(selfId))
                    .ifPresent(o -> v.add(new RuleViolation("编号", "本调解组织已有编号为“" + form.disputeNo().trim() + "”的纠纷")));
        }
        return v;
    }

    /** Writes the form and what follows from it: parties, due date, agreement date, status, data-quality notes. */
    private void apply(Dispute d, DisputeForm f) {
        d.orgId = f.bodyId();
        d.disputeNo = f.disputeNo().trim();
        d.kind = f.kind();
        d.source = f.source();
        d.category = f.category().trim();
        List<String> names = DisputeRules.names(f.parties());
        if (!names.equals(names(d))) {
            d.partiesText = String.join("、", names);
            d.parties.clear();
            for (int i = 0; i < names.size(); i++) {
                d.parties.add(new DisputePartyLink(parties.resolve(PartyKind.PERSON, names.get(i), null).id(), i + 1));
            }
        }
        d.facts = TextRules.clean(f.facts());
        d.acceptedDate = f.acceptedDate();
        d.dueDate = calendar.endOfCalendarPeriod(f.acceptedDate(), MEDIATION_DAYS).value();
        d.closedDate = f.closedDate();
        d.outcome = f.outcome();
        boolean agreed = DisputeRules.isAgreement(f.outcome());
        d.agreementDate = agreed ? f.closedDate() : null;
        d.agreementAmount = f.agreementAmount() == null ? null : f.agreementAmount().setScale(2, RoundingMode.UNNECESSARY);
        d.judicialConfirmationDate = f.judicialConfirmationDate();
        d.riskFlag = f.riskFlag();
        d.personsInvolved = f.personsInvolved();
        d.escalated = f.escalated();
        d.status = DisputeStatus.of(f.outcome(), f.status() != null ? f.status() : d.status);
        d.dataQuality = d.agreementDate != null && d.judicialConfirmationDate != null
                && ChronoUnit.DAYS.between(d.agreementDate, d.judicialConfirmationDate) > CONFIRMATION_PLAUSIBLE_DAYS
                ? "司法确认日期距调解协议达成已超过" + CONFIRMATION_PLAUSIBLE_DAYS
                  + "日，请核对（《人民调解法》第三十三条：自协议生效之日起30日内共同申请）" : null;
    }

    /** Makes the visits those of the list: visits on a listed date stay (with their notes), others go, missing ones are added. */
    private static void replaceVisits(Dispute d, List<LocalDate> dates) {
        List<LocalDate> missing = new ArrayList<>(dates);
        for (Iterator<DisputeFollowUp> it = d.followUps.iterator(); it.hasNext(); ) {
            if (!missing.remove(it.next().visitDate)) {
                it.remove();
            }
        }
        for (LocalDate date : missing.stream().sorted().toList()) {
            DisputeFollowUp f = new DisputeFollowUp();
            f.dispute = d;
            f.visitDate = date;
            d.followUps.add(f);
        }
    }

    private static List<String> names(Dispute d) {
        return d.partiesText == null || d.partiesText.isEmpty() ? List.of() : List.of(d.partiesText.split("、"));
    }

    private static List<LocalDate> visitDates(Dispute d) {
        return d.followUps.stream().map(f -> f.visitDate).toList();
    }

    private Specification<Dispute> spec(DisputeFilter filter) {
        DisputeFilter f = filter == null ? DisputeFilter.none() : filter;
        Set<Long> orgIds = scoped.idsWithin(f.bodyId());
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(orgIds.isEmpty() ? cb.disjunction() : root.get("orgId").in(orgIds));
            if (f.year() != null) {
                p.add(cb.between(root.get("acceptedDate"), LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
            }
            if (f.kind() != null) {
                p.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.category() != null && !f.category().isBlank()) {
                p.add(cb.equal(root.get("category"), f.category().trim()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim() + "%";
                p.add(cb.or(cb.like(root.get("disputeNo"), like), cb.like(root.get("partiesText"), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    private DisputeDetail detail(Dispute d) {
        OrgRef body = orgs.get(d.orgId);
        List<FollowUpDetail> visits = d.followUps.stream().map(DisputeFollowUp::detail)
                .sorted(Comparator.comparing(FollowUpDetail::visitDate).thenComparing(FollowUpDetail::id)).toList();
        return new DisputeDetail(d.id == null ? 0 : d.id, body.id(), body.code(), body.name(), d.disputeNo, d.kind, d.source,
                d.category, names(d), d.facts, d.acceptedDate, d.dueDate, d.closedDate, d.outcome, d.agreementDate,
                d.agreementAmount, d.judicialConfirmationDate, d.riskFlag, d.personsInvolved, d.escalated, d.status,
                visits, d.dataQuality, d.origin, d.version);
    }
}
