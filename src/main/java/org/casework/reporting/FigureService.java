package org.casework.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly figures for leaders (LEADER or ADMIN): every figure of the catalogue for a year and an
 * organisation in the user's scope (by default the user's own organisation with its subtree), and the
 * records behind any figure.
 */
@Service
@Transactional(readOnly = true)
public class FigureService {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    public static final int MAX_PAGE = 1000;

    private final FigureCatalog catalog;
    private final FigureEngine engine;
    private final OrgService orgs;
    private final CurrentUser currentUser;
    private final Clock clock;

    FigureService(FigureCatalog catalog, FigureEngine engine, OrgService orgs, CurrentUser currentUser, Clock clock) {
        this.catalog = catalog;
        this.engine = engine;
        this.orgs = orgs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every figure of {@code year} for the organisation (null: the user's own), with its subtree unless false. */
    public YearlyFigures yearly(int year, String orgCode, Boolean subtree) {
        return compute(scope(year, orgCode, subtree));
    }

    /**
     * Checks that the user is a leader or an administrator and may see the organisation, and fixes what
     * is to be computed.
     */
    public ReportScope scope(int year, String orgCode, Boolean subtree) {
        currentUser.require(Role.LEADER, Role.ADMIN);
        checkYear(year);
        OrgRef org = currentUser.scopedOrg(orgCode);
        boolean withSubtree = subtree == null || subtree;
        Set<Long> ids = withSubtree ? orgs.subtreeIds(org.id()) : Set.of(org.id());
        return new ReportScope(year, org, withSubtree, ids);
    }

    /** The figures for a checked scope (may run in a background thread). */
    public YearlyFigures compute(ReportScope scope) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Map<String, FigureValue> values = engine.compute(catalog.all(), scope.year(), scope.orgIds());
        return new YearlyFigures(scope.year(), scope.org().code(), now, Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** A page of the records behind a figure key (for a rate: side "numerator" (default) or "denominator"). */
    public List<DrillRow> drill(int year, String orgCode, Boolean subtree, String key, String side, int offset, int limit) {
        return drill(scope(year, orgCode, subtree), key, side, offset, limit);
    }

    public List<DrillRow> drill(ReportScope scope, String key, String side, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new BusinessRuleException("size", "每页条数应在 1 到 " + MAX_PAGE + " 之间，起始位置不能为负数");
        }
        return chunk(scope, key, side, offset, limit);
    }

    /** A chunk of any size, for the exports that stream a whole list. */
    List<DrillRow> chunk(ReportScope scope, String key, String side, int offset, int limit) {
        return engine.list(selection(key, side), scope.year(), scope.orgIds(), offset, limit);
    }

    /** How many records lie behind the figure key (the size of its drill-down list). */
    public long drillSize(int year, String orgCode, Boolean subtree, String key, String side) {
        return drillTotal(scope(year, orgCode, subtree), key, side).size();
    }

    /** The size of the drill-down list and, for a sum, the total of its amounts. */
    public DrillTotal drillTotal(ReportScope scope, String key, String side) {
        return engine.total(selection(key, side), scope.year(), scope.orgIds());
    }

    /** The figure definitions in catalogue order (labels, units, definitions, sections). */
    public List<Figure> catalogue() {
        return catalog.all();
    }

    /** The Chinese label of a key, including a breakdown part. */
    public String labelOf(String key) {
        return catalog.labelOf(key);
    }

    /** The figure behind a key (a breakdown part resolves to its breakdown). */
    public Figure figureOf(String key) {
        return catalog.resolve(key).map(FigureCatalog.Resolved::figure)
                .orElseThrow(() -> new NotFoundException("没有这个统计指标：" + key));
    }

    /** The organisations a leader can report on: the own subtree (everything for an administrator), parents first. */
    public List<OrgRef> orgChoices() {
        UserContext user = currentUser.require(Role.LEADER, Role.ADMIN);
        return OrgService.sortedForDisplay(orgs.all().stream().filter(o -> user.canSee(o.id())).toList());
    }

    private Selection selection(String key, String side) {
        FigureCatalog.Resolved resolved = catalog.resolve(key)
                .orElseThrow(() -> new NotFoundException("没有这个统计指标：" + key));
        return Selection.of(resolved, side);
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BusinessRuleException("year", "年度应在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间：" + year);
        }
    }
}
