package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.ReferenceCache;
import org.casework.base.RuleViolation;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurable parts of the penalty procedure, per organisation: the defence, hearing-request and
 * publication periods and the fixed texts of decisions ({@link ProcedureSettings}), and the hearing
 * thresholds ({@link HearingThresholdRow}). An organisation without a row of its own uses its nearest
 * ancestor's, and failing that the legal defaults. System administrators change them.
 */
@Service
@Transactional(readOnly = true)
public class EnforcementSettingsService {

    /** Used where neither the organisation nor an ancestor set a threshold (no national figure exists). */
    static final BigDecimal DEFAULT_PERSON_THRESHOLD = new BigDecimal("5000.00");
    static final BigDecimal DEFAULT_ORGANISATION_THRESHOLD = new BigDecimal("100000.00");
    static final String DEFAULT_THRESHOLD_BASIS = "未设置本地标准，参照城市管理领域常用标准：对公民5000元以上、对法人或者其他组织10万元以上"
            + "（“较大数额”无全国统一标准，请系统管理员按本地规定设置）";

    private final EnforcementSettingRepository settings;
    private final HearingThresholdRepository thresholds;
    private final OrgService orgs;
    private final CurrentUser current;
    private final Clock clock;
    private final ReferenceCache cache;

    private record EffectiveKey(long orgId) {
    }

    private record ThresholdKey(long orgId, PartyKind kind, String field) {
    }

    EnforcementSettingsService(EnforcementSettingRepository settings, HearingThresholdRepository thresholds, OrgService orgs,
                               CurrentUser current, Clock clock, ReferenceCache cache) {
        this.settings = settings;
        this.thresholds = thresholds;
        this.orgs = orgs;
        this.current = current;
        this.clock = clock;
        this.cache = cache;
    }

    /**
     * The settings that apply to the organisation: its own, its nearest ancestor's, or the legal defaults.
     * Kept in the reference cache (the steps that set deadlines read them); a change of a setting forgets it.
     */
    public ProcedureSettings effective(long orgId) {
        return cache.get(new EffectiveKey(orgId), () -> readEffective(orgId));
    }

    private ProcedureSettings readEffective(long orgId) {
        for (OrgRef org : lineage(orgId)) {
            Optional<EnforcementSetting> own = settings.findById(org.id());
            if (own.isPresent()) {
                return own.get().toSettings(org.id() != orgId);
            }
        }
        return ProcedureSettings.legalDefaults();
    }

    /** Saves the organisation's own settings (system administrators only). */
    @Transactional
    public ProcedureSettings save(long orgId, ProcedureSettings form) {
        UserContext admin = current.require(Role.ADMIN);
        current.requireScope(orgId);
        BusinessRuleException.throwIfAny(check(form));
        EnforcementSetting s = settings.findById(orgId).orElseGet(() -> {
            EnforcementSetting created = new EnforcementSetting();
            created.orgId = orgId;
            return created;
        });
        s.apply(form);
        s.updatedAt = Instant.now(clock);
        s.updatedBy = admin.username();
        settings.saveAndFlush(s);
        return s.toSettings(false);
    }

    /** Drops the organisation's own settings: it uses its ancestor's (or the legal defaults) again. */
    @Transactional
    public void reset(long orgId) {
        current.require(Role.ADMIN);
        current.requireScope(orgId);
        settings.findById(orgId).ifPresent(settings::delete);
    }

    /** The thresholds the organisation set itself. */
    public List<HearingThresholdRow> thresholds(long orgId) {
        current.requireScope(orgId);
        return thresholds.findByOrgIdOrderByPartyKindAscFieldKeyAsc(orgId).stream().map(HearingThreshold::toRow).toList();
    }

    @Transactional
    public HearingThresholdRow saveThreshold(HearingThresholdRow row) {
        current.require(Role.ADMIN);
        current.requireScope(row.orgId());
        BusinessRuleException.throwIfAny(check(row));
        String field = row.field() == null ? "" : row.field().trim();
        HearingThreshold t = row.id() != null
                ? thresholds.findById(row.id()).orElseThrow(() -> new NotFoundException("听证标准不存在：" + row.id()))
                : thresholds.findByOrgIdAndPartyKindAndFieldKey(row.orgId(), row.partyKind(), field).orElseGet(HearingThreshold::new);
        if (t.id != null) {
            current.requireScope(t.orgId);
        }
        Long self = t.id;
        thresholds.findByOrgIdAndPartyKindAndFieldKey(row.orgId(), row.partyKind(), field).filter(other -> !other.id.equals(self))
                .ifPresent(other -> {
                    throw new BusinessRuleException("执法领域", "本机构已有“" + row.partyKind().label() + (field.isEmpty() ? "、全部领域" : "、" + field)
                            + "”的听证标准，请直接修改那一条");
                });
        t.orgId = row.orgId();
        t.partyKind = row.partyKind();
        t.fieldKey = field;
        t.fineAmount = Amounts.normal(row.fineAmount());
        t.confiscationAmount = Amounts.normal(row.confiscationAmount());
        t.basis = Texts.clean(row.basis());
        return thresholds.saveAndFlush(t).toRow();
    }

    @Transactional
    public void deleteThreshold(long id) {
        current.require(Role.ADMIN);
        HearingThreshold t = thresholds.findById(id).orElseThrow(() -> new NotFoundException("听证标准不存在：" + id));
        current.requireScope(t.orgId);
        thresholds.delete(t);
    }

    /**
     * The threshold that applies to a party of the kind in the field: the nearest organisation (itself,
     * then its ancestors) that set one, a field-specific row before the every-field row; otherwise the
     * reference default.
     */
    public HearingThresholdRow thresholdFor(long orgId, PartyKind kind, String field) {
        String wanted = field == null ? "" : field.trim();
        return cache.get(new ThresholdKey(orgId, kind, wanted), () -> readThreshold(orgId, kind, wanted));
    }

    /** The threshold for the field as stored ('' = every field), without the cache. */
    private HearingThresholdRow readThreshold(long orgId, PartyKind kind, String wanted) {
        List<OrgRef> lineage = lineage(orgId);
        Map<Long, List<HearingThreshold>> byOrg = thresholds.findByOrgIdInAndPartyKind(lineage.stream().map(OrgRef::id).toList(), kind)
                .stream().collect(Collectors.groupingBy(t -> t.orgId));
        for (OrgRef org : lineage) {
            List<HearingThreshold> own = byOrg.getOrDefault(org.id(), List.of());
            Map<String, HearingThreshold> byField = own.stream().collect(Collectors.toMap(t -> t.fieldKey, Function.identity()));
            HearingThreshold hit = byField.containsKey(wanted) ? byField.get(wanted) : byField.get("");
            if (hit != null) {
                return hit.toRow();
            }
        }
        BigDecimal amount = kind == PartyKind.PERSON ? DEFAULT_PERSON_THRESHOLD : DEFAULT_ORGANISATION_THRESHOLD;
        return new HearingThresholdRow(null, null, kind, null, amount, amount, DEFAULT_THRESHOLD_BASIS);
    }

    /** The organisation, then its parent, up to the root. */
    private List<OrgRef> lineage(long orgId) {
        List<OrgRef> chain = new ArrayList<>();
        Long id = orgId;
        while (id != null && chain.size() < 32) {
            OrgRef org = orgs.get(id);
            chain.add(org);
            id = org.parentId();
        }
        return chain;
    }

    private static List<RuleViolation> check(ProcedureSettings s) {
        List<RuleViolation> v = new ArrayList<>();
        if (s.defenceDays() < 3 || s.defenceDays() > 15) {
            v.add(new RuleViolation("陈述申辩期限", "陈述、申辩期限应为3至15个工作日（法定默认5个工作日，《市场监督管理行政处罚程序规定》第五十七条）"));
        }
        if (s.hearingRequestDays() < ProcedureSettings.HEARING_REQUEST_DAYS || s.hearingRequestDays() > 15) {
            v.add(new RuleViolation("听证申请期限", "听证申请期限不得少于5个工作日（《行政处罚法》第六十四条第一项），最多15个工作日"));
        }
        if (s.publicationDays() < 1 || s.publicationDays() > 20) {
            v.add(new RuleViolation("公开期限", "公开期限应为1至20个工作日（国办发〔2018〕118号：行政处罚决定7个工作日内公开）"));
        }
        text(v, "行政复议机关", s.reconsiderationBody(), 200);
        text(v, "管辖法院", s.court(), 200);
        text(v, "缴款方式", s.paymentAccount(), 300);
        text(v, "联系人", s.contactPerson(), 50);
        text(v, "联系电话", s.contactPhone(), 50);
        text(v, "联系地址", s.contactAddress(), 200);
        return v;
    }

    private static List<RuleViolation> check(HearingThresholdRow r) {
        List<RuleViolation> v = new ArrayList<>();
        if (r.orgId() == null) {
            v.add(new RuleViolation("机构", "请选择机构"));
        }
        if (r.partyKind() == null) {
            v.add(new RuleViolation("当事人类型", "请选择当事人类型"));
        }
        if (r.fineAmount() == null && r.confiscationAmount() == null) {
            v.add(new RuleViolation("罚款金额", "请至少填写罚款或没收金额的标准"));
        }
        for (BigDecimal amount : new BigDecimal[] {r.fineAmount(), r.confiscationAmount()}) {
            if (amount != null && amount.signum() <= 0) {
                v.add(new RuleViolation("罚款金额", "听证标准金额须大于0元"));
            }
        }
        text(v, "执法领域", r.field(), 64);
        text(v, "依据", r.basis(), 300);
        return v;
    }

    private static void text(List<RuleViolation> v, String label, String value, int max) {
        if (value != null && value.trim().length() > max) {
            v.add(new RuleViolation(label, label + "不能超过" + max + "个字"));
        }
    }
}
