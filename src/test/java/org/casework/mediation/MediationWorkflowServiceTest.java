package org.casework.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.DocumentType;
import org.casework.documents.IssuedDocument;
import org.casework.mediation.MediationForms.AssignmentForm;
import org.casework.mediation.MediationForms.ConfirmationApplicationForm;
import org.casework.mediation.MediationForms.CourtDecisionForm;
import org.casework.mediation.MediationForms.ExtensionForm;
import org.casework.mediation.MediationForms.IntakeForm;
import org.casework.mediation.MediationForms.PartyEntry;
import org.casework.mediation.MediationForms.RegistrationForm;
import org.casework.mediation.MediationForms.RiskReportForm;
import org.casework.mediation.MediationForms.SessionForm;
import org.casework.mediation.MediationForms.TerminationForm;
import org.casework.mediation.MediationForms.VisitForm;
import org.casework.mediation.MediationForms.WillingnessForm;
import org.casework.mediation.MediationForms.WrittenAgreementForm;
import org.casework.mediation.process.DisputeMediationProcess;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.staff.MediatorForm;
import org.casework.staff.MediatorService;
import org.casework.tasks.TaskInboxService;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow service with the real engine (job executor off; a test executes due timers itself) on
 * in-memory H2: each step writes the dispute columns the figures count, issues its documents and moves
 * the process on; each rule refuses in Chinese with its article. Every test rolls back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class MediationWorkflowServiceTest {

    static final String COMMITTEE = "320599001-TW";
    static final String CENTRE = "320599-MT";

    @Autowired MediationWorkflowService workflow;
    @Autowired DisputeCaseService cases;
    @Autowired DisputeService disputes;
    @Autowired MediatorService mediators;
    @Autowired DocumentService documents;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService taskService;
    @Autowired Clock clock;
    @Autowired TaskInboxService inbox;

    long mediatorId;
    long secondMediatorId;
    LocalDate today;

    @BeforeEach
    void roster() {
        today = LocalDate.now(clock);
        SignIn.as(users, "admin");
        mediatorId = mediators.create(new MediatorForm(org(COMMITTEE), "郑芳", true, today.minusYears(1), null)).id();
        secondMediatorId = mediators.create(new MediatorForm(org(COMMITTEE), "钱伟", false, today.minusYears(1), null)).id();
        SignIn.as(users, "mediator");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long org(String code) {
        return orgs.requireByCode(code).id();
    }

    IntakeForm intake(String body, MediationKind kind, LocalDateTime receivedAt) {
        return new IntakeForm(org(body), kind, IntakeSource.APPLIED, null, "邻里",
                List.of(new PartyEntry(DisputePartyRole.APPLICANT, PartyKind.PERSON, "张卫东", "320501198001011234", "13800000001", "东湖街道1号"),
                        new PartyEntry(DisputePartyRole.RESPONDENT, PartyKind.PERSON, "李秀英", null, null, "东湖街道3号")),
                "请求对方修复漏水的排水管并赔偿损失", "楼上排水管漏水，浸湿楼下天花板", receivedAt, null, null);
    }

    long accepted() {
        long id = workflow.receive(intake(COMMITTEE, MediationKind.PEOPLE, LocalDateTime.now(clock).minusMinutes(10)));
        workflow.checkWillingness(id, new WillingnessForm(today, true, null, null));
        workflow.register(id, new RegistrationForm(today, true));
        return id;
    }

    long mediating() {
        long id = accepted();
        workflow.assignMediators(id, new AssignmentForm(MediatorSelection.ASSIGNED, List.of(mediatorId), List.of(), null));
        return id;
    }

    SessionForm session(SessionResult next, boolean risk) {
        // an hour ago, but not before the day the dispute was received (受理) on: shortly after midnight the hour
        // before lies on the day before, and a session before its dispute was received is refused
        LocalDateTime anHourAgo = LocalDateTime.now(clock).minusHours(1);
        LocalDateTime heldAt = anHourAgo.isBefore(today.atStartOfDay()) ? today.atStartOfDay() : anHourAgo;
        return new SessionForm(heldAt, "东湖街道调解室", null,
                "调解员：请双方陈述。\n张卫东：要求赔偿三千元。\n李秀英：同意维修并赔偿。", "双方就赔偿达成一致", next, risk);
    }

    WrittenAgreementForm agreement() {
        return new WrittenAgreementForm("楼上排水管漏水浸湿楼下天花板", "维修与赔偿", "李秀英负主要责任",
                List.of("李秀英于十日内修复排水管", "李秀英赔偿张卫东3000元"), "现金支付", today.plusDays(10),
                new BigDecimal("3000"), today, true);
    }

    List<MediationStep> openSteps(long id) {
        return cases.caseOf(id).openSteps().stream().map(DisputeCase.OpenStep::step).toList();
    }

    Job timer(long id, String activityId) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputes.get(id).disputeNo()).singleResult().getId();
        return management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
    }

    @Test
    void aDisputeGoesFromIntakeToAWrittenAgreementAndIsArchived() {
        long id = workflow.receive(intake(COMMITTEE, MediationKind.PEOPLE, LocalDateTime.now(clock).minusMinutes(10)));
        DisputeDetail logged = disputes.get(id);
        assertThat(logged.status()).isEqualTo(DisputeStatus.INTAKE);
        assertThat(logged.acceptedDate()).as("not received (受理) before the parties agree").isNull();
        assertThat(logged.disputeNo()).matches("东调〔\\d{4}〕\\d+号");
        assertThat(openSteps(id)).containsExactly(MediationStep.CHECK_WILLINGNESS);

        workflow.checkWillingness(id, new WillingnessForm(today, true, null, null));
        workflow.register(id, new RegistrationForm(today, true));
        DisputeDetail registered = disputes.get(id);
        assertThat(registered.acceptedDate()).isEqualTo(today);
        assertThat(registered.dueDate()).isAfterOrEqualTo(today.plusDays(30));
        assertThat(registered.status()).isEqualTo(DisputeStatus.ACCEPTED);

        workflow.assignMediators(id, new AssignmentForm(MediatorSelection.CHOSEN, List.of(mediatorId, secondMediatorId), List.of(), null));
        assertThat(disputes.get(id).status()).isEqualTo(DisputeStatus.IN_MEDIATION);
        workflow.recordSession(id, session(SessionResult.WRITTEN, false));
        workflow.signWrittenAgreement(id, agreement());

        DisputeDetail agreed = disputes.get(id);
        assertThat(agreed.outcome()).isEqualTo(DisputeOutcome.WRITTEN);
        assertThat(agreed.status()).isEqualTo(DisputeStatus.AGREED);
        assertThat(agreed.closedDate()).isEqualTo(today);
        assertThat(agreed.agreementDate()).isEqualTo(today);
        assertThat(agreed.agreementAmount()).isEqualByComparingTo("3000.00");
        assertThat(documents.list(CaseKind.DISPUTE, id)).extracting(IssuedDocument::type).containsExactly(
                DocumentType.MEDIATION_APPLICATION, DocumentType.INTAKE_REGISTER, DocumentType.RIGHTS_NOTICE,
                DocumentType.MEDIATION_RECORD, DocumentType.MEDIATION_AGREEMENT);
        DisputeCase file = cases.caseOf(id);
        assertThat(file.procedure().followUpDueDate()).isEqualTo(today.plusDays(15));
        assertThat(file.procedure().confirmationDueDate()).isAfterOrEqualTo(today.plusDays(30));
        assertThat(file.clocks()).extracting(DisputeClock::name).contains("调解期限", "回访", "司法确认申请");
        assertThat(file.clocks().get(0).state()).isEqualTo(ClockState.MET);
        assertThat(openSteps(id)).containsExactly(MediationStep.RECORD_CONFIRMATION_APPLICATION);

        workflow.recordConfirmationApplication(id, new ConfirmationApplicationForm(true, today, "滨湖新区人民法院"));
        workflow.recordCourtDecision(id, new CourtDecisionForm(ConfirmationResult.CONFIRMED, today));
        assertThat(disputes.get(id).judicialConfirmationDate()).isEqualTo(today);

        management.executeJob(timer(id, DisputeMediationProcess.TIMER_FOLLOW_UP_DUE).getId());
        workflow.recordVisit(id, new VisitForm(today, "电话回访", "张卫东、李秀英", Performance.PERFORMED, "满意", false, null, null));
        assertThat(disputes.get(id).followUps()).extracting(FollowUpDetail::performance).containsExactly(Performance.PERFORMED);
        workflow.archive(id);
        DisputeCase archived = cases.caseOf(id);
        assertThat(archived.processEnded()).isTrue();
        assertThat(archived.procedure().archivedDate()).isEqualTo(today);
        assertThat(archived.timeline()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void theWorkbenchOpensAMediationTaskOnTheDisputePage() {
        long id = workflow.receive(intake(COMMITTEE, MediationKind.PEOPLE, LocalDateTime.now(clock).minusMinutes(10)));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(disputes.get(id).disputeNo()).singleResult().getId();

        var task = inbox.openTask(instance, DisputeMediationProcess.TASK_CHECK_WILLINGNESS).orElseThrow();
        assertThat(inbox.formRoute(task)).contains("mediation/disputes/" + id);
        assertThat(inbox.returnTargets(task.id())).isEmpty();
    }

    @Test
    void aPartyWhoRefusesEndsTheCaseWithoutCountingItAsReceived() {
        long id = workflow.receive(intake(COMMITTEE, MediationKind.PEOPLE, LocalDateTime.now(clock).minusMinutes(5)));
        workflow.checkWillingness(id, new WillingnessForm(today, false, "李秀英", "认为不需要调解"));
        DisputeDetail refused = disputes.get(id);
        assertThat(refused.status()).isEqualTo(DisputeStatus.REFUSED);
        assertThat(refused.acceptedDate()).isNull();
        assertThat(refused.closedDate()).isNull();
        DisputeCase file = cases.caseOf(id);
        assertThat(file.processEnded()).isTrue();
        assertThat(file.procedure().refusalNote()).contains("李秀英明确拒绝调解");
        assertThat(file.timeline().get(file.timeline().size() - 1).summary()).contains("第十七条");
    }

    @Test
    void anOralAgreementAndATerminationCloseTheDispute() {
        long oral = mediating();
        workflow.recordSession(oral, session(SessionResult.ORAL, false));
        workflow.recordOralAgreement(oral, new MediationForms.OralAgreementForm(today, "李秀英当场赔偿500元", new BigDecimal("500")));
        assertThat(disputes.get(oral).outcome()).isEqualTo(DisputeOutcome.ORAL);
        assertThat(disputes.get(oral).agreementAmount()).isEqualByComparingTo("500");
        assertThat(cases.caseOf(oral).procedure().confirmationDueDate()).as("no court confirmation for an oral agreement").isNull();

        long ended = mediating();
        workflow.recordSession(ended, session(SessionResult.TERMINATE, false));
        assertThatThrownBy(() -> workflow.terminate(ended, new TerminationForm(today, "双方分歧过大", " ")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("第二十六条");
        workflow.terminate(ended, new TerminationForm(today, "双方分歧过大", "可向人民法院提起诉讼"));
        DisputeDetail d = disputes.get(ended);
        assertThat(d.outcome()).isEqualTo(DisputeOutcome.TERMINATED);
        assertThat(d.status()).isEqualTo(DisputeStatus.TERMINATED);
        assertThat(d.agreementDate()).isNull();
        assertThat(openSteps(ended)).containsExactly(MediationStep.ARCHIVE_CASE_FILE);
    }

    @Test
    void aRiskIsFlaggedWithThePersonsInvolvedAndReportedToThePolice() {
        long id = mediating();
        workflow.recordSession(id, session(SessionResult.CONTINUE, true));
        assertThat(openSteps(id)).containsExactly(MediationStep.REPORT_RISK);
        assertThatThrownBy(() -> workflow.reportRisk(id, new RiskReportForm(today, "东湖派出所", null, "扬言报复", false)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("第二十五条");
        workflow.reportRisk(id, new RiskReportForm(today, "东湖派出所", 3, "一方扬言报复", false));
        DisputeDetail d = disputes.get(id);
        assertThat(d.riskFlag()).isTrue();
        assertThat(d.personsInvolved()).isEqualTo(3);
        assertThat(d.escalated()).isFalse();
        assertThat(openSteps(id)).containsExactly(MediationStep.HOLD_SESSION);
    }

    @Test
    void anExtensionNeedsBothPartiesConsentAndMovesTheLimitAndItsTimer() {
        long id = mediating();
        LocalDate due = disputes.get(id).dueDate();
        assertThatThrownBy(() -> workflow.extend(id, new ExtensionForm(today, 10, "")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("双方当事人同意");
        assertThatThrownBy(() -> workflow.extend(id, new ExtensionForm(today, 31, "双方签字同意")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("1至30日");
        workflow.extend(id, new ExtensionForm(today, 10, "双方在笔录上签字同意"));
        LocalDate extended = disputes.get(id).dueDate();
        assertThat(extended).isAfter(due);
        assertThat(timer(id, DisputeMediationProcess.TIMER_TIME_LIMIT_REACHED).getDuedate())
                .isEqualTo(MediationTimes.endOf(extended, clock));
        assertThat(cases.caseOf(id).extensions()).singleElement().satisfies(e -> {
            assertThat(e.previousDue()).isEqualTo(due);
            assertThat(e.days()).isEqualTo(10);
        });
    }

    @Test
    void eachStepRefusesWhatTheLawForbids() {
        long id = workflow.receive(intake(COMMITTEE, MediationKind.PEOPLE, LocalDateTime.now(clock).minusMinutes(5)));
        assertThatThrownBy(() -> workflow.register(id, new RegistrationForm(today, true)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("当前不在“受理登记并告知权利义务”环节");
        workflow.checkWillingness(id, new WillingnessForm(today, true, null, null));
        assertThatThrownBy(() -> workflow.register(id, new RegistrationForm(today, false)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("第二十三条");
        workflow.register(id, new RegistrationForm(today, true));
        assertThatThrownBy(() -> workflow.assignMediators(id, new AssignmentForm(MediatorSelection.ASSIGNED, List.of(), List.of(), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("第十九条");
        workflow.assignMediators(id, new AssignmentForm(MediatorSelection.ASSIGNED, List.of(mediatorId), List.of(), null));
        SessionForm future = new SessionForm(LocalDateTime.now(clock).plusDays(1), "调解室", null, "调解员：开始", "未果",
                SessionResult.CONTINUE, false);
        assertThatThrownBy(() -> workflow.recordSession(id, future)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("调解时间不能晚于现在");
        workflow.recordSession(id, session(SessionResult.WRITTEN, false));
        WrittenAgreementForm unsigned = new WrittenAgreementForm("事实", "争议", "责任", List.of("赔偿"), "现金", today, null, today, false);
        assertThatThrownBy(() -> workflow.signWrittenAgreement(id, unsigned)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("第二十九条");

        IntakeForm referred = new IntakeForm(org(COMMITTEE), MediationKind.PEOPLE, IntakeSource.REFERRED, " ", "邻里",
                intake(COMMITTEE, MediationKind.PEOPLE, null).parties(), null, "纠纷", LocalDateTime.now(clock), null, null);
        assertThatThrownBy(() -> workflow.receive(referred)).isInstanceOfSatisfying(BusinessRuleException.class, e ->
                assertThat(e.getMessage()).contains("第十八条"));
    }

    @Test
    void aStepHeldByAnotherMediatorIsRefusedAndOtherBodiesAreOutOfScope() {
        long id = workflow.receive(intake(COMMITTEE, MediationKind.PEOPLE, LocalDateTime.now(clock).minusMinutes(5)));
        String taskId = cases.caseOf(id).openSteps().get(0).taskId();
        taskService.setAssignee(taskId, "someone-else");
        assertThatThrownBy(() -> workflow.checkWillingness(id, new WillingnessForm(today, true, null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("someone-else");

        SignIn.as(users, "centre");
        assertThatThrownBy(() -> workflow.checkWillingness(id, new WillingnessForm(today, true, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "leader");
        assertThatThrownBy(() -> workflow.claim(id, taskId)).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.caseOf(id).openSteps()).singleElement().satisfies(s -> assertThat(s.workable()).isFalse());
    }

    @Test
    void aHeadMayTakeAndWorkTheAssignmentOnlyAndAMediatorEveryStep() {
        long id = workflow.receive(intake(COMMITTEE, MediationKind.PEOPLE, LocalDateTime.now(clock).minusMinutes(5)));
        String willingness = cases.caseOf(id).openSteps().get(0).taskId();
        SignIn.as(users, "head");
        assertThat(cases.caseOf(id).openSteps()).singleElement().satisfies(s -> assertThat(s.workable()).isFalse());
        assertThatThrownBy(() -> workflow.claim(id, willingness)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.checkWillingness(id, new WillingnessForm(today, true, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(taskService.createTaskQuery().taskId(willingness).singleResult().getAssignee()).isNull();

        SignIn.as(users, "mediator");
        workflow.checkWillingness(id, new WillingnessForm(today, true, null, null));
        workflow.register(id, new RegistrationForm(today, true));

        SignIn.as(users, "head");
        DisputeCase.OpenStep assign = cases.caseOf(id).openSteps().get(0);
        assertThat(assign.step()).isEqualTo(MediationStep.ASSIGN_MEDIATORS);
        assertThat(assign.workable()).isTrue();
        workflow.claim(id, assign.taskId());
        workflow.assignMediators(id, new AssignmentForm(MediatorSelection.ASSIGNED, List.of(mediatorId), List.of(), null));
        DisputeCase.OpenStep session = cases.caseOf(id).openSteps().get(0);
        assertThat(session.step()).isEqualTo(MediationStep.HOLD_SESSION);
        assertThat(session.workable()).isFalse();
        assertThatThrownBy(() -> workflow.claim(id, session.taskId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.extend(id, new ExtensionForm(today, 10, "双方签字同意"))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "mediator");
        workflow.claim(id, session.taskId());
        workflow.unclaim(id, session.taskId());
        SignIn.as(users, "officer");
        assertThatThrownBy(() -> workflow.claim(id, session.taskId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.caseOf(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCentreCaseShowsItsServiceLevelClocks() {
        SignIn.as(users, "centre");
        long id = workflow.receive(intake(CENTRE, MediationKind.CENTRE, LocalDateTime.now(clock).minusMinutes(45)));
        List<DisputeClock> clocks = cases.caseOf(id).clocks();
        assertThat(clocks).extracting(DisputeClock::name).containsExactly("接待（服务承诺）", "调解方案（服务承诺）");
        assertThat(clocks.get(0).state()).as("received 45 minutes ago, the rule is 30").isEqualTo(ClockState.LATE);
        assertThat(clocks.get(1).state().running()).isTrue();
        assertThat(cases.caseOf(id).openSteps().get(0).due()).isEqualTo(clocks.get(1).dueDate());
    }
}
