package org.casework.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.casework.tasks.DeadlineSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periods of penalty cases that need attention on the 工作台: for an officer every period of the
 * cases they handle, for a head or leader the 90-day decision period of the organisation's open cases;
 * amber when at most 3 working days are left, red when it ran out.
 */
@Component
class EnforcementDeadlines implements DeadlineSource {

    static final int MAX_CASES = 100;

    private final PenaltyCaseRepository cases;
    private final CaseFiles files;
    private final CaseDeadlines deadlines;
    private final StepContext ctx;
    private final Clock clock;

    EnforcementDeadlines(PenaltyCaseRepository cases, CaseFiles files, CaseDeadlines deadlines, StepContext ctx, Clock clock) {
        this.cases = cases;
        this.files = files;
        this.deadlines = deadlines;
        this.ctx = ctx;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlineWarning> warningsFor(UserContext user) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> ids = new LinkedHashSet<>();
        if (user.has(Role.OFFICER)) {
            var officer = ctx.colleagues.byUsername(user.username()).flatMap(u -> ctx.officers.ofUser(u.id()));
            officer.ifPresent(o -> ids.addAll(cases.openWorkflowCasesOf(o.id(), PageRequest.of(0, MAX_CASES))));
        }
        boolean clockOnly = ids.isEmpty();
        if (user.hasAny(Role.HEAD, Role.LEADER)) {
            LocalDate soon = deadlines.calendar().addWorkingDays(today, DeadlineState.AMBER_WORKING_DAYS).value();
            ids.addAll(cases.decisionDueBy(user.scopeOrgIds(), soon, PageRequest.of(0, MAX_CASES)));
        }
        List<DeadlineWarning> warnings = new ArrayList<>();
        for (Long id : ids) {
            CaseFile f = files.load(id);
            for (Deadline d : deadlines.all(f, today)) {
                if (!d.state().needsAttention() || clockOnly && d.rule() != DeadlineRule.DECISION) {
                    continue;
                }
                warnings.add(new DeadlineWarning(f.record.caseNo, f.record.partyName + "：" + f.record.cause, d.label(), d.due(),
                        d.state() == DeadlineState.OVERDUE, d.rule().source(), "enforcement/work/" + id));
            }
        }
        warnings.sort(java.util.Comparator.comparing(DeadlineWarning::due));
        return warnings;
    }
}
