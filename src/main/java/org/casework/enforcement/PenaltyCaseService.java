package org.casework.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.KnownNumbers;
import org.casework.base.NotFoundException;
import org.casework.base.Origin;
import org.casework.base.RuleViolation;
import org.casework.calendar.WorkCalendar;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;
import org.casework.org.OrgRef;
import org.casework.party.PartyService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalty cases (处罚案件). Officers, heads and legal reviewers log and change them within their
 * organisation subtree, leaders read them, administrators do everything. The rules of
 * {@link PenaltyCaseRules} hold for the screens and the ledger import alike; the derived columns
 * (heaviest type, amounts, first defence, due dates, status, data-quality notes) are kept here.
 */
@Service
@Transactional(readOnly = true)
public class PenaltyCaseService {

    /** The kind of record in {@link KnownNumbers}. */
    private static final String KIND = "penalty_case";

    static final Role[] READERS = {Role.OFFICER, Role.LEGAL_REVIEWER, Role.HEAD, Role.LEADER, Role.ADMIN};
    static final Role[] WRITERS = {Role.OFFICER, Role.LEGAL_REVIEWER, Role.HEAD, Role.ADMIN};
    /** The ledger import runs for administrators and leaders (ledger-import.md) and for those who log cases. */
    static final Role[] IMPORTERS = {Role.OFFICER, Role.LEGAL_REVIEWER, Role.HEAD, Role.LEADER, Role.ADMIN};
    /** 《行政处罚法》第六十条: decide within 90 days of filing. */
    static final int DECISION_LIMIT_DAYS = 90;
    /** 国办发〔2018〕118号: publish a penalty decision within 7 working days. */
    static final int PUBLICATION_WORKING_DAYS = 7;

    private final PenaltyCaseRepository cases;
    private final EnforcementScope orgs;
    private final CurrentUser current;
    private final PartyService parties;
    private final OfficerService officers;
    private final WorkCalendar calendar;
    private final Clock clock;

    PenaltyCaseService(PenaltyCaseRepository cases, EnforcementScope orgs, CurrentUser current, PartyService parties,
                       OfficerService officers, WorkCalendar calendar, Clock clock) {
        this.cases = cases;
        this.orgs = orgs;
        this.current = current;
        this.parties = parties;
        this.officers = officers;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Whether the signed-in user may log and change cases (leaders only read). */
    public boolean mayEdit() {
        return current.find().map(u -> u.hasAny(WRITERS)).orElse(false);
    }

    public List<PenaltyCaseRow> search(PenaltyCaseFilter filter, int page, int size) {
        var spec = spec(filter);
        var rows = cases.findAll(spec, PageRequest.of(Math.max(page, 0), Math.max(size, 1), Sort.by(Sort.Order.desc("id"))))
                .getContent();
        Map<Long, OrgRef> byId = orgs.byIds(rows.stream().map(r -> r.orgId).collect(Collectors.toSet()));
        return rows.stream().map(c -> toRow(c, byId.get(c.orgId))).toList();
    }

    public long count(PenaltyCaseFilter filter) {
        return cases.count(spec(filter));
    }

    private org.springframework.data.jpa.domain.Specification<PenaltyCase> spec(PenaltyCaseFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return PenaltyCaseRepository.matching(orgs.visible(filter.orgId(), READERS), filter, today,
                calendar.addWorkingDays(today, DeadlineState.AMBER_WORKING_DAYS).value());
    }

    public PenaltyCaseDetail get(long id) {
        current.require(READERS);
        PenaltyCase c = find(id);
        current.requireScope(c.orgId);
        return toDetail(c);
    }

    /**
     * The case as another record links to it (e.g. the petition it came from): number and organisation for
     * anyone the caller lets see that record, status and the work page only for a reader with the case in scope.
     */
    public Optional<CaseLink> link(long caseId) {
        UserContext user = current.get();
        return cases.findById(caseId).map(c -> {
            boolean readable = user.hasAny(READERS) && user.canSee(c.orgId);
            return new CaseLink(c.id, c.caseNo, orgs.get(c.orgId).name(), readable ? c.status.label() : null, readable);
        });
    }

    /** The rules the form breaks as it stands (the screens show them next to the fields before saving). */
    public List<RuleViolation> violations(Long id, PenaltyCaseForm form) {
        current.require(READERS);
        PenaltyCaseForm f = form.normalised();
        List<RuleViolation> v = new ArrayList<>(PenaltyCaseRules.check(f));
        v.addAll(PenaltyCaseRules.notInFuture(f, LocalDate.now(clock)));
        v.addAll(uniqueCaseNo(f, id));
        v.addAll(knownOfficers(f));
        return v;
    }

    @Transactional
    public PenaltyCaseDetail create(PenaltyCaseForm form) {
        current.require(WRITERS);
        PenaltyCaseForm f = form.normalised();
        BusinessRuleException.throwIfAny(violations(null, f));
        current.requireScope(f.orgId());
        PenaltyCase c = new PenaltyCase();
        store(c, f);
        cases.saveAndFlush(c);
        return toDetail(c);
    }

    /**
     * Saves the form over the case. {@code expectedVersion} is the version the form was loaded at
     * (null = do not check): a case changed by someone else meanwhile is refused.
     */
    @Transactional
    public PenaltyCaseDetail update(long id, Long expectedVersion, PenaltyCaseForm form) {
        current.require(WRITERS);
        PenaltyCase c = find(id);
        current.requireScope(c.orgId);
        if (c.processInstanceId != null) {
            throw new BusinessRuleException("案件", "案件 " + c.caseNo + " 按流程办理，只能在案件办理页面按步骤办理；"
                    + "台账记录表单只用于登记或导入的记录（立案、审核、告知、决定等程序规则不能绕过）");
        }
        if (expectedVersion != null && expectedVersion != c.version) {
            throw new ObjectOptimisticLockingFailureException(PenaltyCase.class, id);
        }
        PenaltyCaseForm f = form.normalised();
        BusinessRuleException.throwIfAny(violations(id, f));
        current.requireScope(f.orgId());
        if (!c.toForm().equals(f)) {
            store(c, f);
            cases.flush();
        }
        return toDetail(c);
    }

    /**
     * One row of the ledger sheet 处罚案件: creates or updates the case identified by 执法主体 + 案号, replacing
     * its penalty items, discussions, defences and payment from the row. UNCHANGED, and nothing written,
     * when the stored case already says what the row says. Accepted procedural defects become
     * data-quality notes; broken rules are refused with every violation of the row.
     */
    @Transactional
    public ImportOutcome importCase(PenaltyCaseImport row) {
        UserContext user = current.require(IMPORTERS);
        List<RuleViolation> v = new ArrayList<>();
        Optional<OrgRef> org = orgs.byCode(row.orgCode(), "执法主体", v);
        String caseNo = Texts.clean(row.caseNo());
        Optional<PenaltyCase> existing = org.isEmpty() || caseNo == null
                || !KnownNumbers.mayExist(KIND, org.get().id(), caseNo, cases::caseNumbersOf) ? Optional.empty()
                : cases.findByOrgIdAndCaseNo(org.get().id(), caseNo);
        PenaltyCaseForm f = LedgerRows.toForm(row, org.map(OrgRef::id).orElse(null),
                existing.map(PenaltyCase::toForm).orElse(null));
        List<RuleViolation> broken = PenaltyCaseRules.check(f).stream()
                .filter(x -> !x.equals(PenaltyCaseRules.UNDATED_PAYMENT)).toList();   // a data-quality note instead
        v.addAll(org.isPresent() ? broken : withoutOrg(broken));
        BusinessRuleException.throwIfAny(v);
        requireScope(user, f.orgId());
        if (existing.isPresent() && existing.get().processInstanceId != null) {
            throw new BusinessRuleException("案号", "案号为 " + caseNo + " 的案件正在系统中按流程办理，台账导入不能修改它");
        }
        if (existing.isPresent()) {
            PenaltyCase c = existing.get();
            if (c.toForm().equals(f)) {
                return ImportOutcome.UNCHANGED;
            }
            store(c, f);
            return ImportOutcome.UPDATED;
        }
        PenaltyCase c = new PenaltyCase();
        c.origin = Origin.IMPORT;
        store(c, f);
        cases.save(c);
        KnownNumbers.created(KIND, c.orgId, c.caseNo);
        return ImportOutcome.CREATED;
    }

    /** Applies a checked, normalised form and derives the columns the lists and figures read. */
    private void store(PenaltyCase c, PenaltyCaseForm f) {
        boolean partyChanged = c.partyId == null || c.partyKind != f.partyKind() || !Objects.equals(c.partyName, f.partyName())
                || !Objects.equals(c.partyIdNumber, f.partyIdNumber());
        if (partyChanged) {
            c.partyId = parties.resolve(f.partyKind(), f.partyName(), f.partyIdNumber()).id();
        }
        c.apply(f);
        derive(c, f);
    }

    /**
     * Derives the columns the lists and figures read (heaviest type, amounts, first defence, due dates,
     * status, data-quality notes) after the workflow changed a case step by step.
     */
    void derive(PenaltyCase c) {
        // a child table is read only where a rule needs it: items and defences only when the step read them
        // (and so may have changed them), payments only once there can be any; the data-quality lines on
        // statements, discussions and payments are kept as stored while neither they nor the decision date
        // may have changed
        boolean decisionKept = !c.decisionDateChanged();
        DataQuality.Kept kept = DataQuality.Kept.of(c.dataQuality,
                decisionKept && !c.defencesMayHaveChanged() && !c.discussionsMayHaveChanged(),
                decisionKept && !c.paymentsMayHaveChanged());
        derive(c, c.recorded(c.paymentsMayExist() && !kept.payments()), c.itemsMayHaveChanged(), c.defencesMayHaveChanged(), kept);
    }

    private void derive(PenaltyCase c, PenaltyCaseForm f) {
        derive(c, f, true, true, DataQuality.Kept.NOTHING);
    }

    private void derive(PenaltyCase c, PenaltyCaseForm f, boolean items, boolean defences, DataQuality.Kept kept) {
        if (items) {
            c.heaviestType = PenaltyType.heaviest(f.penaltyTypes());
        }
        c.penaltyAmount = Amounts.sum(f.fineAmount(), f.confiscationAmount());
        if (defences) {
            c.firstDefenceDate = f.firstDefenceDate();
        }
        c.decisionDueDate = f.procedure() == ProcedureType.GENERAL && f.filedDate() != null
                ? f.filedDate().plusDays(DECISION_LIMIT_DAYS + f.extensionDays() + f.pausedDays()) : null;
        c.publicationDueDate = f.decisionDate() == null ? null
                : calendar.addWorkingDays(f.decisionDate(), PUBLICATION_WORKING_DAYS).value();
        c.status = PenaltyCaseStatus.derive(f.filedDate(), f.decisionDate(), f.outcome(), f.closedDate(), f.archivedDate());
        c.dataQuality = DataQuality.join(DataQuality.notes(f, c.decisionDueDate, c.publicationDueDate, kept));
        c.updatedAt = Instant.now(clock);
    }

    private List<RuleViolation> uniqueCaseNo(PenaltyCaseForm f, Long selfId) {
        if (f.orgId() == null || f.caseNo() == null) {
            return List.of();
        }
        return cases.findByOrgIdAndCaseNo(f.orgId(), f.caseNo()).filter(other -> !other.id.equals(selfId))
                .map(other -> List.of(new RuleViolation("案号", "本机构已有案号为 " + f.caseNo() + " 的案件，案号不能重复")))
                .orElse(List.of());
    }

    private List<RuleViolation> knownOfficers(PenaltyCaseForm f) {
        List<Long> ids = f.officers().stream().map(CaseOfficer::officerId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty() || officers.byIds(ids).size() == ids.size()) {
            return List.of();
        }
        return List.of(new RuleViolation("承办人员", "承办人员不存在或不在您的机构范围内"));
    }

    /** The ledger import checks the scope once per row with the user it already has (no second look-up). */
    static void requireScope(UserContext user, Long orgId) {
        if (!user.canSee(orgId)) {
            throw new AccessDeniedException("该记录不在您的机构范围内");
        }
    }

    /** The rules' violations but the missing organisation, already named by its unknown code. */
    private static List<RuleViolation> withoutOrg(List<RuleViolation> violations) {
        return violations.stream().filter(x -> !"执法主体".equals(x.field())).toList();
    }

    private PenaltyCase find(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("处罚案件不存在：" + id));
    }

    private PenaltyCaseDetail toDetail(PenaltyCase c) {
        OrgRef org = orgs.get(c.orgId);
        PenaltyCaseForm form = c.toForm();
        List<OfficerRef> handling = officers.byIds(form.officers().stream().map(CaseOfficer::officerId).toList());
        List<PenaltyItem> items = c.items.stream().sorted(java.util.Comparator.comparing(PenaltyItem::type)).toList();
        return new PenaltyCaseDetail(c.id, org.code(), org.name(), c.status, c.origin, c.partyId, form, items, c.heaviestType,
                c.fineAmount, c.confiscationAmount, c.penaltyAmount, c.firstDefenceDate, c.decisionDueDate,
                c.publicationDueDate, handling, DataQuality.split(c.dataQuality), c.createdAt, c.updatedAt, c.version);
    }

    private static PenaltyCaseRow toRow(PenaltyCase c, OrgRef org) {
        return new PenaltyCaseRow(c.id, c.orgId, org.code(), org.name(), c.caseNo, c.procedure, c.status, c.partyName, c.cause,
                c.filedDate, c.decisionDate, c.outcome, c.heaviestType, c.penaltyAmount, c.closedDate, c.origin,
                c.dataQuality != null, c.decisionDueDate, c.processInstanceId != null);
    }
}
