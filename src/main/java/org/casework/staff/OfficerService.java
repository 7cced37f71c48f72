package org.casework.staff;

import org.casework.org.OrgRef;
import org.casework.org.OrgService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.NotFoundException;
import org.casework.base.Origin;
import org.casework.base.ReferenceCache;
import org.casework.base.RuleViolation;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement officers (执法人员) and their certificates. System administrators keep the register;
 * officers, heads, legal reviewers and leaders read it within their organisation subtree.
 */
@Service
@Transactional(readOnly = true)
public class OfficerService {

    static final Role[] READERS = {Role.OFFICER, Role.LEGAL_REVIEWER, Role.HEAD, Role.LEADER, Role.ADMIN};
    /** Who may import a ledger row of 执法人员 (the ledger import is for administrators and leaders). */
    static final Role[] IMPORTERS = {Role.ADMIN, Role.LEADER};

    private final OfficerRepository officers;
    private final OrgService orgs;
    private final CurrentUser current;
    private final Clock clock;
    private final ReferenceCache cache;

    OfficerService(OfficerRepository officers, OrgService orgs, CurrentUser current, Clock clock, ReferenceCache cache) {
        this.officers = officers;
        this.orgs = orgs;
        this.current = current;
        this.clock = clock;
        this.cache = cache;
    }

    /** Whether the signed-in user may create and change officers. */
    public boolean mayEdit() {
        return current.find().map(u -> u.has(Role.ADMIN)).orElse(false);
    }

    public List<OfficerRef> search(OfficerFilter filter, int page, int size) {
        Set<Long> orgIds = visibleOrgIds(filter.orgId());
        var spec = OfficerRepository.matching(orgIds, filter.text(), filter.activeOnly() ? LocalDate.now(clock) : null);
        var sort = Sort.by("orgId", "name", "id");
        return toRefs(officers.findAll(spec, PageRequest.of(Math.max(page, 0), Math.max(size, 1), sort)).getContent());
    }

    public long count(OfficerFilter filter) {
        Set<Long> orgIds = visibleOrgIds(filter.orgId());
        return officers.count(OfficerRepository.matching(orgIds, filter.text(),
                filter.activeOnly() ? LocalDate.now(clock) : null));
    }

    public OfficerRef get(long id) {
        current.require(READERS);
        Officer officer = officers.findById(id).orElseThrow(() -> new NotFoundException("执法人员不存在：" + id));
        current.requireScope(officer.orgId);
        return toRef(officer, orgs.get(officer.orgId));
    }

    /** Officers on duty today in the organisation's subtree, for choosing the handling officers of a case. */
    public List<OfficerRef> onDuty(long orgId) {
        return search(new OfficerFilter(orgId, null, true), 0, 500);
    }

    /** The officers with these ids that the user may see (for showing the handling officers of a case). */
    public List<OfficerRef> byIds(Collection<Long> ids) {
        UserContext user = current.require(READERS);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<OfficerKey> keys = ids.stream().distinct().map(OfficerKey::new).toList();
        return cache.getAll(keys, missing -> toRefs(officers.findByIdIn(missing.stream().map(OfficerKey::id).toList())).stream()
                        .collect(Collectors.toMap(o -> new OfficerKey(o.id()), o -> o)))
                .values().stream().filter(o -> user.canSee(o.orgId())).toList();
    }

    /** The officer record of a login (执法人员 linked to the user), if any; no role check (used by the workflow). */
    public Optional<OfficerRef> ofUser(long userId) {
        return cache.get(new OfUser(userId), () -> officers.findFirstByUserIdOrderByIdAsc(userId).map(o -> toRef(o, orgs.get(o.orgId))));
    }

    /** The login linked to an officer, if any; no role check (used by the workflow to assign tasks). */
    public Optional<Long> userOf(long officerId) {
        return cache.get(new UserOf(officerId), () -> officers.findById(officerId).map(o -> o.userId));
    }

    private record OfficerKey(long id) {
    }

    private record OfUser(long userId) {
    }

    private record UserOf(long officerId) {
    }

    /** Links an officer to a login (or unlinks with null): the officer then finds the cases they handle in their inbox. */
    @Transactional
    public OfficerRef linkUser(long officerId, Long userId) {
        current.require(Role.ADMIN);
        cache.changing();
        Officer officer = officers.findById(officerId).orElseThrow(() -> new NotFoundException("执法人员不存在：" + officerId));
        current.requireScope(officer.orgId);
        if (userId != null) {
            officers.findFirstByUserIdOrderByIdAsc(userId).filter(other -> !other.id.equals(officerId)).ifPresent(other -> {
                throw new BusinessRuleException("登录账号", "该登录账号已关联执法人员 " + other.name);
            });
        }
        officer.userId = userId;
        return toRef(officer, orgs.get(officer.orgId));
    }

    @Transactional
    public OfficerRef create(OfficerForm form) {
        current.require(Role.ADMIN);
        cache.changing();
        OfficerForm f = form.normalised();
        BusinessRuleException.throwIfAny(check(f, null));
        current.requireScope(f.orgId());
        Officer officer = new Officer();
        officer.apply(f);
        officers.save(officer);
        return toRef(officer, orgs.get(officer.orgId));
    }

    @Transactional
    public OfficerRef update(long id, OfficerForm form) {
        current.require(Role.ADMIN);
        cache.changing();
        Officer officer = officers.findById(id).orElseThrow(() -> new NotFoundException("执法人员不存在：" + id));
        current.requireScope(officer.orgId);
        OfficerForm f = form.normalised();
        BusinessRuleException.throwIfAny(check(f, officer.id));
        current.requireScope(f.orgId());
        officer.apply(f);
        return toRef(officer, orgs.get(officer.orgId));
    }

    /**
     * One row of the ledger sheet 执法人员: creates or updates the officer identified by organisation +
     * 执法证号 (organisation + 姓名 when the row has no number). UNCHANGED, and nothing written, when
     * the stored officer already says what the row says.
     */
    @Transactional
    public ImportOutcome importOfficer(OfficerImport row) {
        UserContext user = current.require(IMPORTERS);
        cache.changing();
        List<RuleViolation> violations = new ArrayList<>();
        Optional<OrgRef> org = requiredOrg(row.orgCode(), violations);
        OfficerForm f = new OfficerForm(org.map(OrgRef::id).orElse(null), row.name(), row.certificateNo(),
                row.certificateValidUntil(), row.onDutyFrom(), row.offDutyDate(), row.legalQualification()).normalised();
        Optional<Officer> existing = org.isEmpty() || f.name() == null ? Optional.empty() : identify(f);
        List<RuleViolation> rules = check(f, existing.map(o -> o.id).orElse(null));
        violations.addAll(org.isPresent() ? rules : rules.stream().filter(x -> !"执法主体".equals(x.field())).toList());
        BusinessRuleException.throwIfAny(violations);
        if (!user.canSee(f.orgId())) {
            throw new AccessDeniedException("该记录不在您的机构范围内");
        }
        if (existing.isPresent()) {
            Officer officer = existing.get();
            if (officer.toForm().equals(f)) {
                return ImportOutcome.UNCHANGED;
            }
            officer.apply(f);
            return ImportOutcome.UPDATED;
        }
        Officer officer = new Officer();
        officer.apply(f);
        officer.origin = Origin.IMPORT;
        officers.save(officer);
        return ImportOutcome.CREATED;
    }

    private Optional<Officer> identify(OfficerForm f) {
        if (f.certificateNo() != null) {
            Optional<Officer> byNumber = officers.findFirstByOrgIdAndCertificateNoOrderByIdAsc(f.orgId(), f.certificateNo());
            return byNumber.isPresent() ? byNumber
                    : officers.findFirstByOrgIdAndNameAndCertificateNoIsNullOrderByIdAsc(f.orgId(), f.name());
        }
        Optional<Officer> withoutNumber = officers.findFirstByOrgIdAndNameAndCertificateNoIsNullOrderByIdAsc(f.orgId(), f.name());
        return withoutNumber.isPresent() ? withoutNumber : officers.findFirstByOrgIdAndNameOrderByIdAsc(f.orgId(), f.name());
    }

    private Optional<OrgRef> requiredOrg(String code, List<RuleViolation> violations) {
        if (code == null || code.isBlank()) {
            violations.add(new RuleViolation("执法主体", "执法主体不能为空"));
            return Optional.empty();
        }
        Optional<OrgRef> org = orgs.findByCode(code);
        if (org.isEmpty()) {
            violations.add(new RuleViolation("执法主体", "机构代码不存在：" + code.trim()));
        }
        return org;
    }

    /** The rules an officer's data must keep, every broken one with its Chinese label. */
    private List<RuleViolation> check(OfficerForm f, Long selfId) {
        List<RuleViolation> v = new ArrayList<>();
        if (f.orgId() == null) {
            v.add(new RuleViolation("执法主体", "请选择执法主体"));
        }
        if (f.name() == null) {
            v.add(new RuleViolation("姓名", "姓名不能为空"));
        } else if (f.name().length() > 100) {
            v.add(new RuleViolation("姓名", "姓名不能超过100个字"));
        }
        if (f.certificateNo() != null && f.certificateNo().length() > 64) {
            v.add(new RuleViolation("执法证号", "执法证号不能超过64位"));
        }
        if (f.onDutyFrom() == null) {
            v.add(new RuleViolation("在岗起", "在岗起始日期不能为空"));
        } else if (f.offDutyDate() != null && f.offDutyDate().isBefore(f.onDutyFrom())) {
            v.add(new RuleViolation("离岗日期", "离岗日期不能早于在岗起始日期"));
        }
        if (f.certificateValidUntil() != null && f.certificateNo() == null) {
            v.add(new RuleViolation("执法证号", "填写了证件有效期，须同时填写执法证号"));
        }
        if (f.orgId() != null && f.certificateNo() != null) {
            officers.findFirstByOrgIdAndCertificateNoOrderByIdAsc(f.orgId(), f.certificateNo())
                    .filter(other -> !Objects.equals(other.id, selfId))
                    .ifPresent(other -> v.add(new RuleViolation("执法证号",
                            "执法证号 " + f.certificateNo() + " 已登记给本机构的 " + other.name)));
        }
        return v;
    }

    /** The organisation ids a list may show: the chosen org's subtree (within scope) or the whole scope. */
    private Set<Long> visibleOrgIds(Long orgId) {
        UserContext user = current.require(READERS);
        if (orgId == null) {
            return user.scopeOrgIds();
        }
        if (!user.canSee(orgId)) {
            throw new AccessDeniedException("该机构不在您的机构范围内");
        }
        return orgs.subtreeIds(orgId);
    }

    /** The officers with their organisations (only theirs are read, not the whole tree). */
    private List<OfficerRef> toRefs(List<Officer> list) {
        Map<Long, OrgRef> byId = orgs.byIds(list.stream().map(o -> o.orgId).collect(java.util.stream.Collectors.toSet()));
        return list.stream().map(o -> toRef(o, byId.get(o.orgId))).toList();
    }

    private static OfficerRef toRef(Officer o, OrgRef org) {
        return new OfficerRef(o.id, o.orgId, org.code(), org.name(), o.name, o.certificateNo, o.certificateValidUntil,
                o.onDutyFrom, o.offDutyDate, o.legalQualification, o.origin);
    }
}
