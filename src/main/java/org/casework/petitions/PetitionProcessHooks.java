package org.casework.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What bpmn/petitions/PetitionProcess.bpmn asks of the petitions feature through its glue (petitions.process):
 * the stage the petition is at, the deadlines for timers and task due dates, the candidate groups, and what
 * happens when a timer fires. These run inside the engine (a user's command or the job executor), so they
 * check no user: the commands that drive the process did.
 */
@Service
@Transactional
public class PetitionProcessHooks {

    private final PetitionService petitions;
    private final PetitionCalendar calendar;
    private final PetitionTimeline timeline;
    private final PetitionWorkflowService workflow;
    private final OrgService orgs;

    PetitionProcessHooks(PetitionService petitions, PetitionCalendar calendar, PetitionTimeline timeline,
                         PetitionWorkflowService workflow, OrgService orgs) {
        this.petitions = petitions;
        this.calendar = calendar;
        this.timeline = timeline;
        this.workflow = workflow;
        this.orgs = orgs;
    }

    /** The process arrived at a wait state: the petition is now at this stage. */
    public void enterStage(long petitionId, PetitionStage stage) {
        petitions.find(petitionId).stage = stage;
    }

    /** The last day of a period, for a timer or a task's due date. */
    @Transactional(readOnly = true)
    public LocalDate dueDate(long petitionId, PetitionDeadline deadline) {
        Petition p = petitions.find(petitionId);
        LocalDate due = switch (deadline) {
            case ACKNOWLEDGEMENT -> p.acknowledgementDueDate;
            case CLOSING -> p.dueDate;
            case REVIEW_REQUEST -> p.closedDate == null ? null : calendar.end(p.closedDate, deadline).value();
            case REVIEW -> p.reviewDueDate;
            case REEXAMINATION_REQUEST -> p.reviewDate == null ? null : calendar.end(p.reviewDate, deadline).value();
            case REEXAMINATION -> p.reexaminationDueDate;
        };
        if (due == null) {
            throw new IllegalStateException("信访事项 " + p.petitionNo + " 没有" + deadline.label());
        }
        return due;
    }

    /** The day a warning is due: when at most three working days of the period are left. */
    @Transactional(readOnly = true)
    public LocalDate warningDate(long petitionId, PetitionDeadline deadline) {
        return calendar.warningDay(dueDate(petitionId, deadline));
    }

    /** Candidate groups ("ROLE@org code") for a task of the petition; see {@link TaskAudience}. */
    @Transactional(readOnly = true)
    public List<String> candidateGroups(long petitionId, TaskAudience audience) {
        Petition p = petitions.find(petitionId);
        return switch (audience) {
            case REGISTRAR -> groups(List.of(orgs.get(p.registrarOrgId)), Role.PETITION_CLERK);
            case HANDLING_UNIT -> groups(unitsUpToRegistrar(p), Role.PETITION_CLERK);
            case APPROVERS -> groups(unitsUpToRegistrar(p), Role.HEAD, Role.LEADER);
            case REVIEW_BODY -> groups(List.of(orgs.get(p.reviewOrgId)), Role.PETITION_CLERK, Role.LEADER);
            case REEXAMINATION_BODY -> groups(List.of(orgs.get(p.reexaminationOrgId)), Role.PETITION_CLERK, Role.LEADER);
        };
    }

    /** A timer: a period is about to run out, or ran out before its step was done; both go on the timeline. */
    public void deadlineReached(long petitionId, PetitionDeadline deadline, boolean overdue) {
        Petition p = petitions.find(petitionId);
        LocalDate due = dueDate(petitionId, deadline);
        timeline.record(p, overdue ? PetitionEventKind.OVERDUE : PetitionEventKind.DUE_SOON, calendar.today(),
                deadline.label() + (overdue ? "已于" + due + "届满" : "将于" + due + "届满") + "（" + deadline.basis() + "）");
    }

    /** The closing period ran out with the petition still open: overdue, and flagged as backlog (积案). */
    public void closingOverdue(long petitionId) {
        deadlineReached(petitionId, PetitionDeadline.CLOSING, true);
        Petition p = petitions.find(petitionId);
        workflow.flagBacklog(p, calendar.today(), "办结期限届满仍未办结");
    }

    /** The request windows closed or the re-examination is given: unrated counts as not rated; the petition is finished. */
    public void finish(long petitionId) {
        Petition p = petitions.find(petitionId);
        if (p.rating == null) {
            p.rating = Rating.NOT_RATED;
        }
        timeline.record(p, PetitionEventKind.FINISHED, calendar.today(), p.reexaminationDate != null ? "复核意见为终结意见" : null);
    }

    private List<OrgRef> unitsUpToRegistrar(Petition p) {
        List<OrgRef> units = new ArrayList<>();
        OrgRef org = orgs.get(p.orgId);
        while (true) {
            units.add(org);
            if (org.id().equals(p.registrarOrgId) || org.parentId() == null) {
                break;
            }
            org = orgs.get(org.parentId());
        }
        if (units.stream().noneMatch(o -> o.id().equals(p.registrarOrgId))) {
            units.add(orgs.get(p.registrarOrgId));
        }
        return units;
    }

    private static List<String> groups(List<OrgRef> units, Role... roles) {
        Set<String> groups = new LinkedHashSet<>();
        for (OrgRef unit : units) {
            for (Role role : roles) {
                groups.add(role.groupAt(unit.code()));
            }
        }
        return List.copyOf(groups);
    }
}
