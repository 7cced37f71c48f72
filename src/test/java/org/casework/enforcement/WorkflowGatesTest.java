package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.enforcement.WorkflowCommands.Decision;
import org.casework.enforcement.WorkflowCommands.FilingDecision;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.security.Colleagues;
import org.casework.security.Role;
import org.casework.security.UserService;
import org.casework.staff.OfficerForm;
import org.casework.staff.OfficerRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gates hold in the service whatever the screens do, even when someone moves the process token
 * past a step (as an administrator could in Cockpit): no decision before the windows closed or were
 * waived, none without a required agreed legal review, no uncertified officer, a reviewer who did not
 * handle the case, a qualified first-time legal reviewer. Each refusal names the rule and article.
 */
class WorkflowGatesTest extends WorkflowTestBase {

    @Autowired
    UserService userService;
    @Autowired
    Colleagues colleagues;

    @Test
    void noDecisionBeforeTheWindowsClosedEvenWhenTheTokenIsMovedPastThem() {
        long id = drive.toPriorNotice("窗口甲", "500");
        drive.notifyParty(id);
        as("officer");
        assertThatThrownBy(() -> workflow.closeRightsWindows(id)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("尚未届满").hasMessageContaining("第四十五条");
        as("head");
        assertThatThrownBy(() -> drive.decide(id, List.of(ProposedPenalty.fine("500"))))
                .hasMessageContaining("当前不在“作出决定”步骤");

        moveToken(id, GeneralPenaltyProcedure.TASK_HEAR_PARTY, GeneralPenaltyProcedure.TASK_DECIDE_CASE);
        assertThatThrownBy(() -> drive.decide(id, List.of(ProposedPenalty.fine("500"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("陈述、申辩期限尚未届满").hasMessageContaining("《行政处罚法》第四十五条、第六十二条");
        assertThat(cases.get(id).form().decisionDate()).as("nothing half-written").isNull();
    }

    @Test
    void aWrittenWaiverClosesTheWindowsAtOnce() {
        long id = drive.toPriorNotice("窗口乙", "500");
        drive.notifyParty(id);
        as("officer");
        workflow.waiveRights(id, new WorkflowCommands.Waiver(today(), "当事人当场书面表示放弃陈述申辩"));
        drive.decide(id, List.of(ProposedPenalty.fine("500")));
        assertThat(cases.get(id).form().outcome()).isEqualTo(PenaltyOutcome.PENALTY);
    }

    @Test
    void noDecisionWithoutTheRequiredAgreedLegalReview() {
        long id = drive.lead("法审甲");
        drive.check(id);
        drive.file(id);
        drive.investigate(id);
        drive.report(id, List.of(ProposedPenalty.fine("500")), "涉及重大公共利益");
        assertThat(cases.get(id).form().legalReviewRequired()).isTrue();
        moveToken(id, GeneralPenaltyProcedure.TASK_REVIEW_LEGALITY, GeneralPenaltyProcedure.TASK_DECIDE_CASE);
        as("head");
        BusinessRuleException refused = (BusinessRuleException) org.assertj.core.api.Assertions.catchThrowable(
                () -> workflow.decide(id, new Decision(PenaltyOutcome.NO_PENALTY, List.of(), NoPenaltyReason.MINOR, null, null)));
        assertThat(refused.violations()).extracting(v -> v.message())
                .anyMatch(m -> m.contains("未经法制审核或者审核未通过的，不得作出决定（《行政处罚法》第五十八条）"))
                .anyMatch(m -> m.contains("集体讨论决定（《行政处罚法》第五十七条第二款）"));
    }

    @Test
    void filingNeedsTwoOfficersWithValidCertificates() {
        as("admin");
        OfficerRef expired = officers.create(new OfficerForm(jd1, "过期证", "EXP" + System.nanoTime() % 100000,
                today().minusDays(1), LocalDate.of(2020, 1, 1), null, false));
        long id = drive.lead("持证甲");
        drive.check(id);
        as("head");
        assertThatThrownBy(() -> workflow.decideFiling(id, new FilingDecision(true,
                List.of(new CaseOfficer(drive.liMing, CaseOfficerRole.HANDLER)), null, null)))
                .hasMessageContaining("两名以上承办人员").hasMessageContaining("第四十二条");
        assertThatThrownBy(() -> workflow.decideFiling(id, new FilingDecision(true,
                List.of(new CaseOfficer(drive.liMing, CaseOfficerRole.HANDLER), new CaseOfficer(expired.id(), CaseOfficerRole.ASSISTANT)),
                null, null)))
                .hasMessageContaining("过期证").hasMessageContaining("未持有效执法证").hasMessageContaining("第四十二条");
        assertThat(cases.get(id).form().filedDate()).isNull();
    }

    @Test
    void anOfficerWithoutAValidCertificateCannotWorkTheCase() {
        String login = "nocard" + System.nanoTime() % 100000;
        as("admin");
        userService.create(new UserService.UserForm(login, "无证人员", jd1, EnumSet.of(Role.OFFICER)), "Casework#2025");
        OfficerRef noCard = officers.create(new OfficerForm(jd1, "无证人员", null, null, LocalDate.of(2020, 1, 1), null, false));
        officers.linkUser(noCard.id(), colleagues.byUsername(login).orElseThrow().id());
        as(login);    // registering a lead needs no certificate (a clerk may do it); the check is then this login's task
        long own = workflow.registerLead(new LeadForm(jd1, "日常巡查", today(), null, null, null, null, null, "占道经营",
                "巡查发现有人在人行道摆摊", null, null, null, null)).caseId();
        assertThatThrownBy(() -> workflow.checkLead(own, new WorkflowCommands.LeadCheck("核查", "某规定", null, null, false,
                null, true, null))).hasMessageContaining("执法证已过期、未登记").hasMessageContaining("第四十二条");
        assertThat(cases.get(own).status()).isEqualTo(PenaltyCaseStatus.LEAD);

        long id = drive.lead("持证乙");
        drive.check(id);
        drive.file(id);
        as(login);
        assertThatThrownBy(() -> workflow.addEvidence(id, new EvidenceEntry(EvidenceKind.DOCUMENTARY, "书证", today(), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("第四十二条");
    }

    @Test
    void theReviewerMayNotHaveHandledTheCaseAndAFirstTimeLegalReviewerNeedsTheQualification() {
        String handlerReviewer = "hr" + System.nanoTime() % 100000;
        String newcomer = "nr" + System.nanoTime() % 100000;
        as("admin");
        userService.create(new UserService.UserForm(handlerReviewer, "兼任审核", jd1, EnumSet.of(Role.LEGAL_REVIEWER)), "Casework#2025");
        userService.create(new UserService.UserForm(newcomer, "新审核员", jd1, EnumSet.of(Role.LEGAL_REVIEWER)), "Casework#2025");
        OfficerRef both = officers.create(new OfficerForm(jd1, "兼任审核", "HR" + System.nanoTime() % 100000,
                LocalDate.of(2030, 1, 1), LocalDate.of(2020, 1, 1), null, true));
        officers.linkUser(both.id(), colleagues.byUsername(handlerReviewer).orElseThrow().id());

        long id = drive.lead("审核甲");
        drive.check(id);
        as("head");
        workflow.decideFiling(id, new FilingDecision(true, List.of(new CaseOfficer(drive.liMing, CaseOfficerRole.HANDLER),
                new CaseOfficer(both.id(), CaseOfficerRole.ASSISTANT)), null, null));
        drive.investigate(id);
        drive.report(id, List.of(ProposedPenalty.fine("500")), "案情疑难复杂");
        as(handlerReviewer);
        assertThatThrownBy(() -> workflow.review(id, CaseDriver.review(ReviewConclusion.AGREE)))
                .hasMessageContaining("办案人员不得作为审核人员").hasMessageContaining("第五十八条");
        as(newcomer);
        assertThatThrownBy(() -> workflow.review(id, CaseDriver.review(ReviewConclusion.AGREE)))
                .hasMessageContaining("初次从事行政处罚决定法制审核的人员").hasMessageContaining("第五十八条第二款");
        drive.review(id, ReviewConclusion.AGREE);    // 陈静 holds the qualification
        assertThat(cases.get(id).form().legalReviewDate()).isEqualTo(today());
    }

    @Test
    void onlyTheRolesAndGroupsOfAStepMayWorkIt() {
        long id = drive.lead("岗位甲");
        as("reviewer");
        assertThatThrownBy(() -> drive.workflow().checkLead(id, null)).isInstanceOf(AccessDeniedException.class);
        as("officer3");    // another street
        assertThatThrownBy(() -> workflow.work(id)).isInstanceOf(AccessDeniedException.class);
        drive.check(id);
        as("officer");
        assertThatThrownBy(() -> workflow.decideFiling(id, new FilingDecision(false, null, null, NotFilingReason.MINOR)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRecordFormAndTheLedgerImportCannotChangeAWorkflowCase() {
        long id = drive.lead("台账甲");
        as("officer");
        PenaltyCaseDetail d = cases.get(id);
        assertThatThrownBy(() -> cases.update(id, d.version(), d.form())).hasMessageContaining("按流程办理");
        as("admin");
        assertThatThrownBy(() -> cases.update(id, d.version(), d.form())).hasMessageContaining("按流程办理");
    }

    @Test
    void aCommandThatFailsHalfWayLeavesTablesAndEngineAsTheyWere() {
        long id = drive.toDecision("回滚甲", "500");
        as("admin");
        long district = orgs.requireByCode("320599").id();
        ProcedureSettings before = settingsService.effective(district);
        settingsService.reset(district);
        try {
            assertThatThrownBy(() -> drive.decide(id, List.of(ProposedPenalty.fine("500"))))
                    .hasMessageContaining("本机构尚未设置：行政复议机关、管辖法院、缴款方式");
        } finally {
            as("admin");
            settingsService.save(district, before);
        }
        as("head");
        CaseWork still = workflow.work(id);
        assertThat(still.record().form().decisionDate()).isNull();
        assertThat(still.step(GeneralPenaltyProcedure.TASK_DECIDE_CASE)).isPresent();
        drive.decide(id, List.of(ProposedPenalty.fine("500")));
        assertThat(cases.get(id).form().outcome()).isEqualTo(PenaltyOutcome.PENALTY);
    }

    @Autowired
    EnforcementSettingsService settingsService;

    /** What an administrator could do in Cockpit: move the token of the case from one step to another. */
    void moveToken(long caseId, String from, String to) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(cases.get(caseId).form().caseNo())
                .processDefinitionKey(GeneralPenaltyProcedure.KEY).singleResult().getId();
        runtime.createProcessInstanceModification(pi).startBeforeActivity(to).cancelAllForActivity(from).execute();
    }
}
