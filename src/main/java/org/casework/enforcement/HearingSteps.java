package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_HOLD_HEARING;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REVIEW_STATEMENTS;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_SCHEDULE_HEARING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.casework.base.BusinessRuleException;
import org.casework.documents.forms.Statement;
import org.casework.enforcement.WorkflowCommands.HearingResult;
import org.casework.enforcement.WorkflowCommands.HearingSchedule;
import org.casework.enforcement.WorkflowCommands.StatementsReview;
import org.casework.security.Role;
import org.casework.staff.OfficerRef;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * The hearing (听证, 第六十四条): notice at least 7 working days before, a presider who did not
 * investigate, the record or the party's absence; then the review (复核) of statements and hearing
 * opinions, which may lighten the proposal but never make it heavier (第四十五条第二款).
 */
@Component
class HearingSteps {

    private final StepContext ctx;
    private final ClockSteps clock;

    HearingSteps(StepContext ctx, ClockSteps clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    void schedule(long caseId, HearingSchedule cmd) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_SCHEDULE_HEARING, StepNames.of(TASK_SCHEDULE_HEARING));
        ctx.requireCertifiedOfficer(f, true);
        CaseProcedure p = f.procedure;
        OfficerRef presider = notInvestigator(f, cmd.presiderId(), "听证主持人");
        List<OfficerRef> hearingOfficers = new ArrayList<>();
        for (Long id : cmd.hearingOfficerIds() == null ? List.<Long>of() : cmd.hearingOfficerIds()) {
            hearingOfficers.add(notInvestigator(f, id, "听证员"));
        }
        LocalDate served = ctx.past(cmd.noticeServedOn(), "听证通知送达日期", f.record.hearingRequestDate, "听证申请日期");
        LocalDateTime at = required(cmd.at(), "听证时间");
        LocalDate earliest = DeadlineRule.HEARING_NOTICE.dueFrom(ctx.deadlines.calendar(), served).value();
        if (at.toLocalDate().isBefore(earliest)) {
            throw new BusinessRuleException("听证时间", "行政机关应当在举行听证的七日前通知当事人（《行政处罚法》第六十四条第二项）：通知于" + served
                    + "送达，听证最早可定于" + earliest);
        }
        p.hearingAt = at;
        p.hearingPlace = text(cmd.place(), "听证地点", 200, true);
        p.hearingPresiderId = presider.id();
        p.hearingPublic = cmd.publicHearing();
        p.hearingPrivateReason = cmd.publicHearing() ? null : text(cmd.privateReason(), "不公开听证的理由", 200, true);
        p.hearingNoticeServedOn = served;
        String clerk = text(cmd.clerk(), "记录员", 50, false);
        ctx.documents.hearingNotice(f, presider.name(), hearingOfficers.stream().map(OfficerRef::name).toList(), clerk);
        ctx.log(f, StepNames.of(TASK_SCHEDULE_HEARING), "送达听证通知书", at + "，" + p.hearingPlace + "，主持人" + presider.name()
                + (p.hearingPublic ? "，公开举行" : "，不公开举行（" + p.hearingPrivateReason + "）"));
        ctx.complete(task);
    }

    /** The hearing was held (record issued), or the party stayed away or withdrew (the hearing ends); the clock resumes. */
    void record(long caseId, HearingResult cmd) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_HOLD_HEARING, StepNames.of(TASK_HOLD_HEARING));
        ctx.requireCertifiedOfficer(f, true);
        CaseProcedure p = f.procedure;
        HearingOutcome outcome = required(cmd.outcome(), "听证结果");
        LocalDate endDay;
        if (outcome == HearingOutcome.HELD) {
            LocalDateTime started = ctx.pastTime(cmd.startedAt(), "听证开始时间", p.hearingNoticeServedOn, "听证通知送达日期");
            LocalDateTime ended = cmd.endedAt() == null ? null : ctx.pastTime(cmd.endedAt(), "听证结束时间", started.toLocalDate(), "听证开始时间");
            List<Statement> statements = cmd.statements() == null ? List.of()
                    : cmd.statements().stream().filter(Objects::nonNull).filter(s -> Texts.clean(s.text()) != null).toList();
            OfficerRef presider = ctx.officers.byIds(List.of(p.hearingPresiderId)).stream().findFirst().orElseThrow();
            List<String> sat = cmd.hearingOfficers() == null ? List.of()
                    : cmd.hearingOfficers().stream().map(Texts::clean).filter(Objects::nonNull).toList();
            ctx.documents.hearingRecord(f, started, ended, presider.name(), sat, text(cmd.clerk(), "记录员", 50, true),
                    text(cmd.representatives(), "委托代理人", 200, false), statements);
            f.record.hearingDate = started.toLocalDate();
            endDay = ended == null ? started.toLocalDate() : ended.toLocalDate();
        } else {
            endDay = ctx.today();
        }
        p.hearingOutcome = outcome;
        f.pauses().stream().filter(x -> x.kind == PauseKind.HEARING && x.toDate == null).forEach(x -> {
            x.toDate = endDay.plusDays(1);
            x.endedBy = ctx.current.get().username();
        });
        f.forgetChildren();
        clock.afterClockChange(f);
        ctx.log(f, StepNames.of(TASK_HOLD_HEARING), outcome.label() + "，办案期限恢复计算",
                outcome == HearingOutcome.NO_SHOW ? "视为放弃听证权利（《行政处罚法》第六十四条第八项）" : null);
        ctx.complete(task);
    }

    /**
     * Re-examines the statements and hearing opinions (第四十五条): each adopted or not; the proposal may be
     * revised, but never made heavier than notified because the party defended.
     */
    void reviewStatements(long caseId, StatementsReview cmd) {
        CaseFile f = ctx.open(caseId, Role.OFFICER);
        TaskItem task = ctx.take(f, TASK_REVIEW_STATEMENTS, StepNames.of(TASK_REVIEW_STATEMENTS));
        ctx.requireCertifiedOfficer(f, true);
        List<StatementDefence> ordered = f.record.defences.stream()
                .sorted(Comparator.comparing(StatementDefence::receivedDate).thenComparing(d -> Objects.toString(d.content(), ""))).toList();
        List<Boolean> adopted = cmd.adopted() == null ? List.of() : cmd.adopted();
        if (adopted.size() != ordered.size() || adopted.stream().anyMatch(Objects::isNull)) {
            throw new BusinessRuleException("采纳情况", "请对收到的每一份陈述申辩（共" + ordered.size() + "份）写明是否采纳（《行政处罚法》第四十五条）");
        }
        String note = text(cmd.note(), "复核意见", 2000, true);
        if (cmd.revisedItems() != null && !cmd.revisedItems().isEmpty()) {
            List<ProposedPenalty> revised = PenaltyRules.checkedItems(cmd.revisedItems());
            String heavier = PenaltyRules.heavierThan(revised, f.procedure.items(StagedPenalty.Stage.NOTIFIED));
            if (heavier != null) {
                throw new BusinessRuleException("处罚种类", "行政机关不得因当事人陈述、申辩而给予更重的处罚（《行政处罚法》第四十五条第二款）：" + heavier);
            }
            f.procedure.setItems(StagedPenalty.Stage.PROPOSED, revised);
        }
        List<StatementDefence> reviewed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            StatementDefence d = ordered.get(i);
            reviewed.add(new StatementDefence(d.receivedDate(), d.content(), adopted.get(i)));
        }
        f.record.defences.clear();
        f.record.defences.addAll(reviewed);
        f.procedure.defenceReviewedOn = ctx.today();
        ctx.save(f);
        ctx.log(f, StepNames.of(TASK_REVIEW_STATEMENTS), "完成陈述申辩复核",
                note + "；拟处罚：" + ProposedPenalty.describe(f.procedure.items(StagedPenalty.Stage.PROPOSED)));
        ctx.complete(task);
    }

    private OfficerRef notInvestigator(CaseFile f, Long officerId, String label) {
        OfficerRef o = ctx.officers.byIds(List.of(required(officerId, label))).stream().findFirst()
                .orElseThrow(() -> new BusinessRuleException(label, label + "不存在或不在您的机构范围内"));
        if (f.record.officers.stream().anyMatch(c -> c.officerId().equals(o.id()))) {
            throw new BusinessRuleException(label, "听证由行政机关指定的非本案调查人员主持（《行政处罚法》第六十四条第四项）：" + o.name()
                    + "是本案承办人员");
        }
        return o;
    }
}
