package org.casework.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.party.PartyService;
import org.casework.petitions.process.PetitionProcess;
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
 * The petition workflow through its service on the application's engine (one transaction per test, rolled
 * back): the register's columns, the stage, the timeline and the process step move together.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PetitionWorkflowServiceTest {

    static final String JD1 = "320599001";
    static final String SQUAD = "320599001-ZF";
    static final String DISTRICT = "320599";
    /** A Saturday; 15 days later is Sun 02-11 in the Spring Festival, so the acknowledgement is due on the make-up Sunday 02-18. */
    static final LocalDate REGISTERED = LocalDate.of(2024, 1, 27);

    @Autowired PetitionWorkflowService workflow;
    @Autowired PetitionService petitions;
    @Autowired PartyService parties;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired TaskInboxService inbox;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "clerk");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long org(String code) {
        return orgs.requireByCode(code).id();
    }

    PetitionDetail register(String no) {
        return workflow.register(new PetitionRegistration(org(JD1), no, "12345", PartyKind.PERSON, "钱某某", "320599198001011234",
                "夜间施工噪音", "某工地夜间施工，影响休息", REGISTERED));
    }

    PetitionDetail handling(String no) {
        PetitionDetail p = register(no);
        workflow.route(p.id(), org(SQUAD), REGISTERED.plusDays(2), "交综合执法队办理");
        return workflow.acknowledge(p.id(), REGISTERED.plusDays(5), null);
    }

    @Test
    void registeringStartsTheWorkflowAtRoutingWithTheDeadlinesAndThePetitionerInTheRegistry() {
        PetitionDetail p = register("流程信〔2024〕1号");

        assertThat(p.progress().stage()).isEqualTo(PetitionStage.ROUTING);
        assertThat(p.progress().registrarOrgId()).isEqualTo(org(JD1));
        assertThat(p.progress().acknowledgementDueDate()).isEqualTo(LocalDate.of(2024, 2, 18));
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2024, 3, 27));
        assertThat(p.status()).isEqualTo(PetitionStatus.REGISTERED);
        assertThat(parties.get(p.petitionerPartyId()).idNumber()).isEqualTo("320599198001011234");
        var task = tasks.createTaskQuery().processInstanceBusinessKey("流程信〔2024〕1号").singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(PetitionProcess.TASK_ROUTE_PETITION);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("PETITION_CLERK@" + JD1);
        assertThat(workflow.timeline(p.id())).extracting(PetitionTimelineEntry::kind).containsExactly(PetitionEventKind.REGISTERED);
    }

    @Test
    void theWorkbenchOpensAPetitionTaskOnThePetitionPage() {
        PetitionDetail p = register("流程信〔2024〕9号");
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("流程信〔2024〕9号").singleResult().getId();

        var task = inbox.openTask(instance, PetitionProcess.TASK_ROUTE_PETITION).orElseThrow();
        assertThat(inbox.formRoute(task)).contains("petitions/" + p.id());
        assertThat(inbox.returnTargets(task.id())).isEmpty();
    }

    @Test
    void aPetitionGoesFromRoutingThroughAnExtensionToTheReviewsAndIsFinished() {
        PetitionDetail p = handling("流程信〔2024〕2号");
        long id = p.id();
        assertThat(p.orgCode()).isEqualTo(SQUAD);
        assertThat(p.status()).isEqualTo(PetitionStatus.IN_PROGRESS);
        assertThat(p.acknowledgedDate()).isEqualTo(REGISTERED.plusDays(5));
        var handle = tasks.createTaskQuery().processInstanceBusinessKey("流程信〔2024〕2号").singleResult();
        assertThat(tasks.getIdentityLinksForTask(handle.getId())).extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder("PETITION_CLERK@" + SQUAD, "PETITION_CLERK@" + JD1);

        p = workflow.requestExtension(p.id(), "涉及多个部门，需现场核查");
        assertThat(p.progress().stage()).isEqualTo(PetitionStage.EXTENSION_APPROVAL);
        SignIn.as(users, "head");
        p = workflow.decideExtension(p.id(), true, "同意延期");
        assertThat(p.extended()).isTrue();
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2024, 4, 26));
        assertThat(p.progress().stage()).isEqualTo(PetitionStage.HANDLING);

        SignIn.as(users, "clerk");
        assertThatThrownBy(() -> workflow.requestExtension(id, "再次延期")).isInstanceOf(BusinessRuleException.class)
                .hasMessage("办理期限已延长过，延长不得超过30日（《信访工作条例》第三十四条）");
        p = workflow.close(p.id(), LocalDate.of(2024, 4, 20), "已责令工地调整施工时间", true);
        assertThat(p.status()).isEqualTo(PetitionStatus.CLOSED);
        assertThat(p.closedOnTime()).isTrue();
        assertThat(p.backlog()).isFalse();
        assertThat(p.progress().stage()).isEqualTo(PetitionStage.RATING);

        p = workflow.rate(p.id(), Rating.DISSATISFIED, LocalDate.of(2024, 4, 22));
        assertThat(p.progress().stage()).isEqualTo(PetitionStage.REVIEW_WINDOW);
        p = workflow.requestReview(p.id(), LocalDate.of(2024, 5, 10), null);
        assertThat(p.progress().stage()).isEqualTo(PetitionStage.REVIEW);
        assertThat(p.backlog()).as("the petitioner does not accept the answer: backlog").isTrue();
        assertThat(p.progress().review().orgId()).as("the squad's superior").isEqualTo(org(JD1));
        assertThat(p.progress().review().dueDate()).isEqualTo(LocalDate.of(2024, 6, 11));

        SignIn.as(users, "jd1leader");
        p = workflow.concludeReview(p.id(), LocalDate.of(2024, 6, 5), "维持原处理意见", false);
        assertThat(p.progress().stage()).isEqualTo(PetitionStage.REEXAMINATION_WINDOW);
        p = workflow.requestReexamination(p.id(), LocalDate.of(2024, 6, 20), null);
        assertThat(p.progress().reexamination().orgId()).isEqualTo(org(DISTRICT));
        assertThatThrownBy(() -> workflow.concludeReexamination(id, LocalDate.of(2024, 7, 1), "x", true))
                .as("jd1leader is not at the re-examining body").isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "leader");
        p = workflow.concludeReexamination(p.id(), LocalDate.of(2024, 7, 10), "复核认为处理意见正确，予以维持；经协调已化解", true);
        assertThat(p.progress().stage()).isEqualTo(PetitionStage.FINISHED);
        assertThat(p.resolved()).isTrue();
        assertThat(p.rating()).isEqualTo(Rating.DISSATISFIED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("流程信〔2024〕2号").count()).isZero();
        assertThat(workflow.timeline(p.id())).extracting(PetitionTimelineEntry::kind).containsExactly(
                PetitionEventKind.REGISTERED, PetitionEventKind.ROUTED, PetitionEventKind.ACKNOWLEDGED,
                PetitionEventKind.EXTENSION_REQUESTED, PetitionEventKind.EXTENSION_APPROVED, PetitionEventKind.CLOSED,
                PetitionEventKind.RATED, PetitionEventKind.REVIEW_REQUESTED, PetitionEventKind.BACKLOG_FLAGGED,
                PetitionEventKind.REVIEWED, PetitionEventKind.REEXAMINATION_REQUESTED, PetitionEventKind.REEXAMINED,
                PetitionEventKind.FINISHED);
    }

    @Test
    void theClosingTimerFlagsAnOverduePetitionAsBacklog() {
        PetitionDetail p = handling("流程信〔2024〕3号");
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("流程信〔2024〕3号").singleResult().getId();

        management.executeJob(management.createJobQuery().processInstanceId(instance)
                .activityId(PetitionProcess.TIMER_CLOSING_OVERDUE).singleResult().getId());

        PetitionDetail after = petitions.get(p.id());
        assertThat(after.backlog()).isTrue();
        assertThat(after.progress().stage()).isEqualTo(PetitionStage.HANDLING);
        assertThat(workflow.timeline(p.id())).extracting(PetitionTimelineEntry::kind)
                .endsWith(PetitionEventKind.OVERDUE, PetitionEventKind.BACKLOG_FLAGGED);
        assertThat(workflow.clocks(after)).filteredOn(c -> c.deadline() == PetitionDeadline.CLOSING).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(PetitionClock.State.OVERDUE));
    }

    @Test
    void aPetitionClosedUnresolvedIsBacklogAndTheReviewWindowIsThirtyDays() {
        PetitionDetail p = handling("流程信〔2024〕4号");
        p = workflow.close(p.id(), LocalDate.of(2024, 3, 1), "诉求不符合规定，已解释", false);
        assertThat(p.backlog()).isTrue();
        long id = p.id();
        assertThatThrownBy(() -> workflow.requestReview(id, LocalDate.of(2024, 4, 2), null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("已超过复查申请期限2024-04-01（《信访工作条例》第三十五条：自收到书面答复之日起30日内请求复查）");
        assertThat(workflow.requestReview(id, LocalDate.of(2024, 4, 1), "信访人当面递交复查申请").progress().stage())
                .as("before the rating").isEqualTo(PetitionStage.REVIEW);
    }

    @Test
    void stepsAreRefusedOutOfOrderOutsideTheScopeOrBeforeTheirStart() {
        PetitionDetail p = register("流程信〔2024〕5号");
        long id = p.id();
        assertThatThrownBy(() -> workflow.acknowledge(id, REGISTERED, null)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("该信访事项当前处于“待转送承办单位”环节，不能办理此操作");
        assertThatThrownBy(() -> workflow.route(id, org(SQUAD), REGISTERED.minusDays(1), null))
                .isInstanceOf(BusinessRuleException.class).hasMessage("转送日期不能早于登记日期（2024-01-27）");
        assertThatThrownBy(() -> workflow.route(id, org("320599002"), REGISTERED, null)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "officer3");
        assertThatThrownBy(() -> workflow.route(id, org(SQUAD), REGISTERED, null)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "jd2leader");
        assertThatThrownBy(() -> workflow.timeline(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRecordFormCannotChangeWhatTheWorkflowRecords() {
        PetitionDetail p = handling("流程信〔2024〕6号");
        PetitionForm f = p.form();
        PetitionForm closedOnTheForm = new PetitionForm(f.orgId(), f.petitionNo(), f.channelCode(), f.petitionerName(), "新的摘要",
                f.content(), f.registeredDate(), f.acknowledgedDate(), f.dueDate(), f.extended(), LocalDate.of(2024, 3, 1), "已办结",
                null, false, false, f.status());
        assertThatThrownBy(() -> petitions.update(p.id(), p.version(), closedOnTheForm)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("办结日期：该信访事项按办理流程办理");
        PetitionForm summaryOnly = new PetitionForm(f.orgId(), f.petitionNo(), f.channelCode(), f.petitionerName(), "新的摘要",
                f.content(), f.registeredDate(), f.acknowledgedDate(), f.dueDate(), f.extended(), f.closedDate(), f.reply(),
                f.rating(), f.backlog(), f.resolved(), f.status());
        assertThat(petitions.update(p.id(), p.version(), summaryOnly).subject()).isEqualTo("新的摘要");
    }
}
