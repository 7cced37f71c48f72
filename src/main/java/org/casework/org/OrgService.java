package org.casework.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.ReferenceCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree. Callers check the user's scope (see security's {@code OrgScope}); this
 * service only keeps the tree consistent: unique codes, an existing parent, no cycles.
 */
@Service
@Transactional(readOnly = true)
public class OrgService {

    private final OrgUnitRepository units;
    private final ReferenceCache cache;

    OrgService(OrgUnitRepository units, ReferenceCache cache) {
        this.units = units;
        this.cache = cache;
    }

    public OrgRef get(long id) {
        OrgRef org = cache.get(new UnitKey(id), () -> units.findById(id).map(OrgUnit::toRef).orElse(null));
        if (org == null) {
            throw new NotFoundException("机构不存在：" + id);
        }
        return org;
    }

    public Optional<OrgRef> findByCode(String code) {
        return code == null ? Optional.empty() : units.findByCode(code.trim()).map(OrgUnit::toRef);
    }

    public OrgRef requireByCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException("机构代码不存在：" + code));
    }

    /** These units by id (from the reference cache, the missing ones in one query; ids without a unit are left out). */
    public Map<Long, OrgRef> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, OrgRef> byId = new HashMap<>();
        cache.getAll(ids.stream().distinct().map(UnitKey::new).toList(), missing -> {
            Map<UnitKey, OrgRef> loaded = new HashMap<>();
            units.findAllById(missing.stream().map(UnitKey::id).toList()).forEach(u -> loaded.put(new UnitKey(u.id), u.toRef()));
            return loaded;
        }).forEach((key, org) -> byId.put(key.id(), org));
        return byId;
    }

    /** Every unit, ordered so that each parent comes before its children. */
    public List<OrgRef> all() {
        return cache.get(AllUnits.KEY, () -> units.findAllByOrderByTreePath().stream().map(OrgUnit::toRef).toList());
    }

    /** The unit and every unit below it. */
    public List<OrgRef> subtree(long orgId) {
        OrgRef root = get(orgId);
        return units.findByTreePathStartingWithOrderByTreePath(root.treePath()).stream().map(OrgUnit::toRef).toList();
    }

    /**
     * The ids of the unit and every unit below it (unmodifiable). Kept in the reference cache, because
     * every scope check of every service call asks (see security's CurrentUser); a change to the tree
     * forgets them.
     */
    public Set<Long> subtreeIds(long orgId) {
        return cache.get(new SubtreeKey(orgId), () -> Set.copyOf(units.findIdsUnder(get(orgId).treePath())));
    }

    private record UnitKey(long id) {
    }

    private record SubtreeKey(long id) {
    }

    private enum AllUnits { KEY }

    public List<OrgRef> children(long orgId) {
        return subtree(orgId).stream().filter(o -> Long.valueOf(orgId).equals(o.parentId())).toList();
    }

    /** Indented labels for pickers, parents first. */
    public static List<OrgRef> sortedForDisplay(List<OrgRef> orgs) {
        List<OrgRef> sorted = new ArrayList<>(orgs);
        sorted.sort(Comparator.comparing(OrgRef::treePath));
        return sorted;
    }

    @Transactional
    public OrgRef create(OrgCommand command) {
        cache.changing();
        validate(command, null);
        OrgUnit unit = new OrgUnit();
        apply(unit, command);
        units.saveAndFlush(unit);
        unit.treePath = pathOf(unit);
        return unit.toRef();
    }

    @Transactional
    public OrgRef update(long id, OrgCommand command) {
        cache.changing();
        OrgUnit unit = units.findById(id).orElseThrow(() -> new NotFoundException("机构不存在：" + id));
        validate(command, unit);
        String oldPath = unit.treePath;
        apply(unit, command);
        unit.treePath = pathOf(unit);
        if (!oldPath.equals(unit.treePath)) {
            for (OrgUnit child : units.findByTreePathStartingWithOrderByTreePath(oldPath)) {
                if (!child.id.equals(unit.id)) {
                    child.treePath = unit.treePath + child.treePath.substring(oldPath.length());
                }
            }
        }
        return unit.toRef();
    }

    /**
     * Creates or updates the unit with this code (ledger import). Returns whether it was created,
     * changed or left as it was.
     */
    @Transactional
    public Upsert upsertByCode(OrgCommand command) {
        Optional<OrgUnit> existing = units.findByCode(command.code().trim());
        if (existing.isEmpty()) {
            return new Upsert(create(command), Upsert.Kind.CREATED);
        }
        OrgUnit unit = existing.get();
        OrgRef before = unit.toRef();
        OrgRef after = update(unit.id, command);
        return new Upsert(after, before.equals(after) ? Upsert.Kind.UNCHANGED : Upsert.Kind.UPDATED);
    }

    public record Upsert(OrgRef org, Kind kind) {
        public enum Kind { CREATED, UPDATED, UNCHANGED }
    }

    private void validate(OrgCommand c, OrgUnit self) {
        if (c.code() == null || c.code().isBlank()) {
            throw new BusinessRuleException("code", "机构代码不能为空");
        }
        if (!c.code().trim().matches("[A-Za-z0-9_\\-.]{1,40}")) {
            throw new BusinessRuleException("code", "机构代码只能由字母、数字、下划线、连字符和点组成，最长40位");
        }
        if (c.name() == null || c.name().isBlank()) {
            throw new BusinessRuleException("name", "机构名称不能为空");
        }
        if (c.type() == null) {
            throw new BusinessRuleException("type", "请选择机构类型");
        }
        units.findByCode(c.code().trim()).ifPresent(other -> {
            if (self == null || !other.id.equals(self.id)) {
                throw new BusinessRuleException("code", "机构代码已存在：" + c.code().trim());
            }
        });
        if (c.parentId() != null) {
            OrgUnit parent = units.findById(c.parentId())
                    .orElseThrow(() -> new BusinessRuleException("parent", "上级机构不存在"));
            if (self != null && parent.treePath.startsWith(self.treePath)) {
                throw new BusinessRuleException("parent", "不能把机构移到它自己或它的下级机构之下");
            }
        }
    }

    private static void apply(OrgUnit unit, OrgCommand c) {
        unit.code = c.code().trim();
        unit.name = c.name().trim();
        unit.parentId = c.parentId();
        unit.type = c.type();
        unit.mediationBodyType = c.mediationBodyType();
        unit.docPrefix = c.docPrefix() == null || c.docPrefix().isBlank() ? null : c.docPrefix().trim();
        unit.active = c.active();
    }

    private String pathOf(OrgUnit unit) {
        String parentPath = unit.parentId == null ? "/" : units.findById(unit.parentId).orElseThrow().treePath;
        return parentPath + unit.id + "/";
    }
}
