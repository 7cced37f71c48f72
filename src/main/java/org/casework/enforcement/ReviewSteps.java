package org.casework.enforcement;

import static org.casework.enforcement.StepContext.required;
import static org.casework.enforcement.StepContext.text;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_APPROVE_PROPOSAL;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REVIEW_CASE;
import static org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REVIEW_LEGALITY;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casework.base.BusinessRuleException;
import org.casework.documents.forms.LegalReviewData;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.enforcement.WorkflowCommands.Review;
import org.casework.security.Colleagues;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.casework.staff.OfficerRef;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Legal review (法制审核, 第五十八条) or case review (案件审核) of the report, by someone who did not
 * handle the case, within 10 working days; then the head's approval of the proposal.
 */
@Component
class ReviewSteps {

    private final StepContext ctx;

    ReviewSteps(StepContext ctx) {
        this.ctx = ctx;
    }

    void review(long caseId, Review cmd) {
        CaseFile f = ctx.open(caseId, Role.LEGAL_REVIEWER);
        Optional<TaskItem> legalReview = ctx.processes.find(f, TASK_REVIEW_LEGALITY);
        boolean legal = legalReview.isPresent();
        String key = legal ? TASK_REVIEW_LEGALITY : TASK_REVIEW_CASE;
        TaskItem task = legal ? ctx.processes.takeTask(legalReview.get()) : ctx.take(f, key, StepNames.of(key));
        UserContext me = ctx.current.get();
        requireNotHandler(f, me);
        if (legal) {
            requireQualifiedFirstTime(me);
        }
        ReviewConclusion opinion = required(cmd.opinion(), "审核意见");
        String reasons = text(cmd.reasons(), "审核理由", 2000, opinion != ReviewConclusion.AGREE);
        List<LegalReviewData.Finding> findings = cmd.findings() == null ? List.of()
                : cmd.findings().stream().filter(Objects::nonNull).filter(x -> Texts.clean(x.finding()) != null).toList();
        if (findings.isEmpty()) {
            throw new BusinessRuleException("审核内容", "请逐项填写审核情况（管辖、当事人、事实证据、定性、依据、程序、处理是否适当；"
                    + "《市场监督管理行政处罚程序规定》第五十三条）");
        }
        CaseReview review = f.lastReview();
        if (review == null || review.completedOn != null) {
            throw new BusinessRuleException("审核", "本案没有待审核的调查终结报告");
        }
        review.completedOn = ctx.today();
        review.reviewer = me.username();
        review.reviewerName = me.displayName();
        review.opinion = opinion;
        review.reasons = reasons;
        if (legal) {
            f.record.legalReviewDate = ctx.today();
            ctx.documents.legalReview(f, review, findings);
        }
        ctx.save(f);
        ctx.log(f, StepNames.of(key), (legal ? "法制审核意见：" : "案件审核意见：") + opinion.label(), reasons);
        ctx.complete(task);
    }

    void approveProposal(long caseId, String opinion) {
        CaseFile f = ctx.open(caseId, Role.HEAD);
        TaskItem task = ctx.take(f, TASK_APPROVE_PROPOSAL, StepNames.of(TASK_APPROVE_PROPOSAL));
        CaseReview last = f.lastReview();
        if (last == null || last.opinion != ReviewConclusion.AGREE) {
            throw new BusinessRuleException("审核", "处理意见须经审核同意后报负责人审批（《市场监督管理行政处罚程序规定》第五十六条）");
        }
        f.procedure.proposalApprovedBy = ctx.current.get().username();
        f.procedure.proposalApprovedOn = ctx.today();
        ctx.log(f, StepNames.of(TASK_APPROVE_PROPOSAL), "负责人同意处理意见：" + f.procedure.proposal.label(),
                text(opinion, "审批意见", 500, false));
        ctx.complete(task);
    }

    /** The reviewer neither handles the case nor wrote its report ([SAMR] 第四十九条; 第五十八条). */
    private void requireNotHandler(CaseFile f, UserContext me) {
        Colleagues.Colleague self = ctx.colleagues.byUsername(me.username()).orElseThrow();
        OfficerRef own = ctx.officers.ofUser(self.id()).orElse(null);
        boolean handles = own != null && f.record.officers.stream().anyMatch(o -> o.officerId().equals(own.id()));
        boolean reported = ctx.timeline.didAnyOf(f.id(), me.username(), List.of(
                StepNames.of(org.casework.enforcement.process.GeneralPenaltyProcedure.TASK_REPORT_INVESTIGATION), StepNames.EVIDENCE));
        if (handles || reported) {
            throw new BusinessRuleException("审核人员", "办案人员不得作为审核人员：您承办或参与调查了本案，不能审核本案"
                    + "（《市场监督管理行政处罚程序规定》第四十九条；《行政处罚法》第五十八条）");
        }
    }

    /** A first-time legal reviewer holds the legal professional qualification (第五十八条第二款). */
    private void requireQualifiedFirstTime(UserContext me) {
        if (ctx.files.reviews.hasCompleted(me.username(), ReviewKind.LEGAL)) {
            return;
        }
        Colleagues.Colleague self = ctx.colleagues.byUsername(me.username()).orElseThrow();
        boolean qualified = ctx.officers.ofUser(self.id()).map(OfficerRef::legalQualification).orElse(false);
        if (!qualified) {
            throw new BusinessRuleException("法律职业资格", "初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格"
                    + "（《行政处罚法》第五十八条第二款）；您尚无法制审核记录，且人员登记中未登记法律职业资格");
        }
    }
}
