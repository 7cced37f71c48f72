package org.casework.mediation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casework.base.BusinessRuleException;
import org.casework.base.RuleViolation;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configurable periods of mediation ({@link MediationRule}) per organisation and kind: an
 * organisation without a row of its own uses its nearest ancestor's, failing that the defaults.
 * System administrators change them; a setting applies to disputes accepted after the change.
 */
@Service
@Transactional(readOnly = true)
public class MediationSettingsService {

    private final MediationSettingRepository settings;
    private final OrgService orgs;
    private final CurrentUser current;
    private final Clock clock;

    MediationSettingsService(MediationSettingRepository settings, OrgService orgs, CurrentUser current, Clock clock) {
        this.settings = settings;
        this.orgs = orgs;
        this.current = current;
        this.clock = clock;
    }

    /** The rule that applies to a dispute of this kind at the organisation. */
    public MediationRule effective(long orgId, MediationKind kind) {
        List<OrgRef> lineage = lineage(orgId);
        Map<Long, MediationSetting> byOrg = settings.findByOrgIdInAndKind(lineage.stream().map(OrgRef::id).toList(), kind)
                .stream().collect(Collectors.toMap(s -> s.orgId, Function.identity()));
        for (OrgRef org : lineage) {
            MediationSetting own = byOrg.get(org.id());
            if (own != null) {
                return own.toRule();
            }
        }
        return MediationRule.defaultFor(kind);
    }

    /** The three rules as they apply at the organisation (its own, inherited or default). */
    public List<MediationRule> effectiveAll(long orgId) {
        current.require(DisputeCaseService.READERS);
        current.requireScope(orgId);
        return Arrays.stream(MediationKind.values()).map(k -> effective(orgId, k)).toList();
    }

    /** Saves the organisation's own rule for one kind (system administrators only). */
    @Transactional
    public MediationRule save(long orgId, MediationRule rule) {
        UserContext admin = current.require(Role.ADMIN);
        current.requireScope(orgId);
        BusinessRuleException.throwIfAny(check(rule));
        MediationSetting s = settings.findByOrgIdAndKind(orgId, rule.kind()).orElseGet(() -> {
            MediationSetting created = new MediationSetting();
            created.orgId = orgId;
            created.kind = rule.kind();
            return created;
        });
        s.apply(rule);
        s.updatedAt = Instant.now(clock);
        s.updatedBy = admin.username();
        return settings.saveAndFlush(s).toRule();
    }

    /** Drops the organisation's own rule: its ancestor's (or the default) applies again. */
    @Transactional
    public void reset(long orgId, MediationKind kind) {
        current.require(Role.ADMIN);
        current.requireScope(orgId);
        settings.findByOrgIdAndKind(orgId, kind).ifPresent(settings::delete);
    }

    static List<RuleViolation> check(MediationRule r) {
        List<RuleViolation> v = new ArrayList<>();
        if (r.kind() == null) {
            v.add(new RuleViolation("调解类型", "请选择调解类型"));
        }
        between(v, "调解期限", r.limitDays(), 1, 180);
        between(v, "每次延长上限", r.extensionDays(), 0, 180);
        between(v, "回访（协议后天数）", r.followUpDays(), 1, 180);
        if (r.receptionMinutes() != null) {
            between(v, "接待时限（分钟）", r.receptionMinutes(), 1, 24 * 60);
        }
        if (r.planWorkingDays() != null) {
            between(v, "方案时限（工作日）", r.planWorkingDays(), 1, 60);
        }
        if (r.serviceFollowUpDays() != null) {
            between(v, "回访时限（日）", r.serviceFollowUpDays(), 1, 180);
        }
        return v;
    }

    private static void between(List<RuleViolation> v, String label, int value, int min, int max) {
        if (value < min || value > max) {
            v.add(new RuleViolation(label, label + "应在" + min + "至" + max + "之间"));
        }
    }

    /** The organisation itself, then its parent, up to the root. */
    private List<OrgRef> lineage(long orgId) {
        List<OrgRef> up = new ArrayList<>();
        OrgRef org = orgs.get(orgId);
        while (org != null) {
            up.add(org);
            org = org.parentId() == null ? null : orgs.get(org.parentId());
        }
        return up;
    }
}
