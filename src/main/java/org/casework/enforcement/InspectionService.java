package org.casework.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.KnownNumbers;
import org.casework.base.NotFoundException;
import org.casework.base.Origin;
import org.casework.base.RuleViolation;
import org.casework.org.OrgRef;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrative inspections (行政检查): officers and heads log them; legal reviewers and leaders read
 * them; everyone within the own organisation subtree.
 */
@Service
@Transactional(readOnly = true)
public class InspectionService {

    /** The kind of record in {@link KnownNumbers}. */
    private static final String KIND = "inspection";

    static final Role[] READERS = {Role.OFFICER, Role.HEAD, Role.LEGAL_REVIEWER, Role.LEADER, Role.ADMIN};
    static final Role[] WRITERS = {Role.OFFICER, Role.HEAD, Role.ADMIN};
    static final Role[] IMPORTERS = {Role.OFFICER, Role.HEAD, Role.LEADER, Role.ADMIN};

    private final InspectionRepository inspections;
    private final EnforcementScope orgs;
    private final CurrentUser current;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, EnforcementScope orgs, CurrentUser current, Clock clock) {
        this.inspections = inspections;
        this.orgs = orgs;
        this.current = current;
        this.clock = clock;
    }

    public boolean mayEdit() {
        return current.find().map(u -> u.hasAny(WRITERS)).orElse(false);
    }

    public List<InspectionRef> search(InspectionFilter filter, int page, int size) {
        var spec = InspectionRepository.matching(orgs.visible(filter.orgId(), READERS), filter.year(), filter.text());
        var sort = Sort.by(Sort.Order.desc("inspectionDate"), Sort.Order.desc("id"));
        var rows = inspections.findAll(spec, PageRequest.of(Math.max(page, 0), Math.max(size, 1), sort)).getContent();
        Map<Long, OrgRef> byId = orgs.byIds(rows.stream().map(r -> r.orgId).collect(Collectors.toSet()));
        return rows.stream().map(i -> toRef(i, byId.get(i.orgId))).toList();
    }

    public long count(InspectionFilter filter) {
        return inspections.count(InspectionRepository.matching(orgs.visible(filter.orgId(), READERS), filter.year(), filter.text()));
    }

    public InspectionRef get(long id) {
        current.require(READERS);
        Inspection inspection = find(id);
        current.requireScope(inspection.orgId);
        return toRef(inspection, orgs.get(inspection.orgId));
    }

    @Transactional
    public InspectionRef create(InspectionForm form) {
        current.require(WRITERS);
        InspectionForm f = form.normalised();
        List<RuleViolation> v = check(f, null);
        v.addAll(notInFuture(f));
        BusinessRuleException.throwIfAny(v);
        current.requireScope(f.orgId());
        Inspection inspection = new Inspection();
        inspection.apply(f);
        inspections.save(inspection);
        return toRef(inspection, orgs.get(inspection.orgId));
    }

    @Transactional
    public InspectionRef update(long id, InspectionForm form) {
        current.require(WRITERS);
        Inspection inspection = find(id);
        current.requireScope(inspection.orgId);
        InspectionForm f = form.normalised();
        List<RuleViolation> v = check(f, id);
        v.addAll(notInFuture(f));
        BusinessRuleException.throwIfAny(v);
        current.requireScope(f.orgId());
        inspection.apply(f);
        return toRef(inspection, orgs.get(inspection.orgId));
    }

    /**
     * One row of the ledger sheet 行政检查: creates or updates the inspection identified by organisation
     * + 检查编号; UNCHANGED, and nothing written, when the stored inspection says what the row says.
     */
    @Transactional
    public ImportOutcome importInspection(InspectionImport row) {
        UserContext user = current.require(IMPORTERS);
        List<RuleViolation> v = new ArrayList<>();
        Optional<OrgRef> org = orgs.byCode(row.orgCode(), "执法主体", v);
        InspectionForm f = new InspectionForm(org.map(OrgRef::id).orElse(null), row.inspectionNo(), row.inspectionDate(),
                row.target(), row.item(), null).normalised();
        boolean known = org.isPresent() && f.inspectionNo() != null
                && KnownNumbers.mayExist(KIND, f.orgId(), f.inspectionNo(), inspections::inspectionNumbersOf);
        Optional<Inspection> existing = known ? inspections.findByOrgIdAndInspectionNo(f.orgId(), f.inspectionNo()) : Optional.empty();
        List<RuleViolation> rules = check(f, existing.map(i -> i.id).orElse(null));
        v.addAll(org.isPresent() ? rules : rules.stream().filter(x -> !"执法主体".equals(x.field())).toList());
        BusinessRuleException.throwIfAny(v);
        PenaltyCaseService.requireScope(user, f.orgId());
        if (existing.isPresent()) {
            Inspection inspection = existing.get();
            // the ledger has no result column: keep a result written on the screen
            InspectionForm merged = new InspectionForm(f.orgId(), f.inspectionNo(), f.inspectionDate(), f.target(), f.item(),
                    inspection.result);
            if (inspection.toForm().equals(merged)) {
                return ImportOutcome.UNCHANGED;
            }
            inspection.apply(merged);
            return ImportOutcome.UPDATED;
        }
        Inspection inspection = new Inspection();
        inspection.apply(f);
        inspection.origin = Origin.IMPORT;
        inspections.save(inspection);
        KnownNumbers.created(KIND, inspection.orgId, inspection.inspectionNo);
        return ImportOutcome.CREATED;
    }

    private Inspection find(long id) {
        return inspections.findById(id).orElseThrow(() -> new NotFoundException("行政检查记录不存在：" + id));
    }

    private List<RuleViolation> check(InspectionForm f, Long selfId) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.orgId() == null) {
            v.add(new RuleViolation("执法主体", "请选择执法主体"));
        }
        if (f.inspectionNo() == null) {
            v.add(new RuleViolation("检查编号", "检查编号不能为空"));
        } else if (f.inspectionNo().length() > 100) {
            v.add(new RuleViolation("检查编号", "检查编号不能超过100个字符"));
        } else if (f.orgId() != null && (selfId != null || KnownNumbers.mayExist(KIND, f.orgId(), f.inspectionNo(),
                inspections::inspectionNumbersOf))) {
            inspections.findByOrgIdAndInspectionNo(f.orgId(), f.inspectionNo())
                    .filter(other -> !other.id.equals(selfId))
                    .ifPresent(other -> v.add(new RuleViolation("检查编号", "本机构已有检查编号为 " + f.inspectionNo() + " 的检查记录")));
        }
        if (f.inspectionDate() == null) {
            v.add(new RuleViolation("检查日期", "检查日期不能为空"));
        }
        if (f.target() != null && f.target().length() > 200) {
            v.add(new RuleViolation("检查对象", "检查对象不能超过200个字"));
        }
        if (f.item() != null && f.item().length() > 200) {
            v.add(new RuleViolation("检查事项", "检查事项不能超过200个字"));
        }
        if (f.result() != null && f.result().length() > 1000) {
            v.add(new RuleViolation("检查结果", "检查结果不能超过1000个字"));
        }
        return v;
    }

    /** Screens only: an inspection that was carried out cannot lie in the future. */
    private List<RuleViolation> notInFuture(InspectionForm f) {
        LocalDate today = LocalDate.now(clock);
        if (f.inspectionDate() != null && f.inspectionDate().isAfter(today)) {
            return List.of(new RuleViolation("检查日期", "检查日期不能晚于今天（已发生的事项不能登记未来日期）"));
        }
        return List.of();
    }

    private static InspectionRef toRef(Inspection i, OrgRef org) {
        return new InspectionRef(i.id, i.orgId, org.code(), org.name(), i.inspectionNo, i.inspectionDate, i.target, i.item,
                i.result, i.origin);
    }
}
