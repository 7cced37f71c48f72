package org.casework.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.enforcement.CaseLink;
import org.casework.enforcement.CaseOfficer;
import org.casework.enforcement.CaseOfficerRole;
import org.casework.enforcement.CaseWork;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.PenaltyCaseDetail;
import org.casework.enforcement.PenaltyCaseFilter;
import org.casework.enforcement.PenaltyCaseRow;
import org.casework.enforcement.PenaltyCaseService;
import org.casework.enforcement.PenaltyCaseStatus;
import org.casework.enforcement.WorkflowCommands.FilingDecision;
import org.casework.enforcement.WorkflowCommands.LeadCheck;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.reporting.FigureService;
import org.casework.staff.OfficerFilter;
import org.casework.staff.OfficerService;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A petition turned into an enforcement lead (转为执法线索): the lead carries the petitioner as its party and the
 * petition number as its source, the link shows both ways, a second conversion and the wrong users are refused,
 * a failure leaves no trace, and each record is counted once in its own kind — the petition stays one petition
 * received, the lead is a penalty case only by the enforcement definitions (立案 once filed).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PetitionLeadConversionTest {

    static final String JD1 = "320599001";
    static final String JD2 = "320599002";
    static final String SQUAD = "320599001-ZF";
    static final String COMMITTEE = "320599001-TW";

    @Autowired PetitionWorkflowService workflow;
    @Autowired PetitionConversions conversions;
    @Autowired PetitionService petitions;
    @Autowired EnforcementWorkflowService enforcement;
    @Autowired PenaltyCaseService cases;
    @Autowired OfficerService officers;
    @Autowired FigureService figures;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired Clock clock;
    @PersistenceContext EntityManager entities;

    LocalDate today;

    @BeforeEach
    void signIn() {
        today = LocalDate.now(clock);
        SignIn.as(users, "clerk");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long org(String code) {
        return orgs.requireByCode(code).id();
    }

    PetitionDetail inHandling(String no, String content) {
        PetitionDetail p = workflow.register(new PetitionRegistration(org(JD1), no, "12345", PartyKind.LEGAL_PERSON,
                "滨湖转线索测试餐饮有限公司", "91320599MA1TEST01X", "店外占道经营", content, today));
        workflow.route(p.id(), org(JD1), today, null);
        return workflow.acknowledge(p.id(), today, null);
    }

    PetitionDetail inHandling(String no) {
        return inHandling(no, "门店长期在人行道摆放桌椅经营，影响通行");
    }

    static LeadConversion to(long orgId) {
        return new LeadConversion(orgId, null, "市容环境", true);
    }

    @Test
    void theLeadCarriesThePetitionersPartyAndTheLinkShowsBothWays() {
        PetitionDetail p = inHandling("转线索信〔2025〕1号");

        PetitionDetail converted = conversions.toLead(p.id(), to(org(JD1)));

        Long caseId = converted.progress().convertedCaseId();
        assertThat(caseId).isNotNull();
        assertThat(converted.progress().stage()).as("the petition is still handled and answered").isEqualTo(PetitionStage.HANDLING);
        CaseLink asClerk = conversions.lead(converted).orElseThrow();
        assertThat(asClerk.readable()).as("clerks do not read penalty cases: the number only").isFalse();
        assertThat(asClerk.statusLabel()).isNull();
        assertThat(asClerk.orgName()).isEqualTo(orgs.get(org(JD1)).name());
        PetitionTimelineEntry last = workflow.timeline(p.id()).get(workflow.timeline(p.id()).size() - 1);
        assertThat(last.kind()).isEqualTo(PetitionEventKind.CONVERTED_TO_LEAD);
        assertThat(last.detail()).contains(asClerk.caseNo());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'PETITION_TO_LEAD' AND entity_id = ?",
                Long.class, String.valueOf(p.id()))).isEqualTo(1);

        SignIn.as(users, "officer");
        PenaltyCaseDetail lead = cases.get(caseId);
        assertThat(lead.status()).isEqualTo(PenaltyCaseStatus.LEAD);
        assertThat(lead.form().caseNo()).isEqualTo(asClerk.caseNo());
        assertThat(lead.form().partyKind()).isEqualTo(PartyKind.LEGAL_PERSON);
        assertThat(lead.form().partyName()).isEqualTo("滨湖转线索测试餐饮有限公司");
        assertThat(lead.form().partyIdNumber()).isEqualTo("91320599MA1TEST01X");
        assertThat(lead.partyId()).as("one party across kinds").isEqualTo(p.petitionerPartyId());
        assertThat(lead.form().cause()).isEqualTo("店外占道经营");
        assertThat(lead.form().leadSource()).isEqualTo("信访投诉");
        assertThat(lead.form().leadDate()).isEqualTo(today);
        CaseWork work = enforcement.work(caseId);
        assertThat(work.procedure().leadReference()).as("the case names the petition it came from").isEqualTo("转线索信〔2025〕1号");
        assertThat(work.procedure().leadSummary()).isEqualTo("门店长期在人行道摆放桌椅经营，影响通行");
        assertThat(work.steps()).as("the lead check is open for the officers").isNotEmpty();

        SignIn.as(users, "head");
        assertThat(conversions.lead(petitions.get(p.id()))).get().satisfies(l -> {
            assertThat(l.readable()).isTrue();
            assertThat(l.statusLabel()).isEqualTo(PenaltyCaseStatus.LEAD.label());
            assertThat(l.route()).isEqualTo("enforcement/work/" + caseId);
        });

        SignIn.as(users, "clerk");
        assertThatThrownBy(() -> conversions.toLead(p.id(), to(org(JD1)))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("该信访事项已转为执法线索，不能重复转交");
        assertThat(petitions.get(p.id()).progress().convertedCaseId()).isEqualTo(caseId);
    }

    @Test
    void aComplaintAboutSomeoneElseLeavesThePartyToTheCheckAndALongContentIsShortened() {
        String content = "反映".repeat(1500);
        PetitionDetail p = inHandling("转线索信〔2025〕2号", content);

        PetitionDetail converted = conversions.toLead(p.id(), new LeadConversion(org(SQUAD), "噪音扰民", null, false));

        SignIn.as(users, "officer");
        long caseId = converted.progress().convertedCaseId();
        PenaltyCaseDetail lead = cases.get(caseId);
        assertThat(lead.orgName()).isEqualTo(orgs.get(org(SQUAD)).name());
        assertThat(lead.form().cause()).isEqualTo("噪音扰民");
        assertThat(lead.partyId()).isNull();
        assertThat(enforcement.work(caseId).procedure().partyKnown()).isFalse();
        String summary = enforcement.work(caseId).procedure().leadSummary();
        assertThat(summary).hasSize(2000).startsWith("反映反映").endsWith("……（全文见信访事项转线索信〔2025〕2号）");
    }

    @Test
    void onlyAClerkWithThePetitionInScopeConvertsItToAnEnforcementOrganisationInScope() {
        PetitionDetail p = inHandling("转线索信〔2025〕3号");
        assertThat(conversions.enforcementOrgs()).extracting(OrgRef::code).contains(JD1, SQUAD).doesNotContain(COMMITTEE, JD2);

        assertThatThrownBy(() -> conversions.toLead(p.id(), to(org(COMMITTEE)))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("调解组织不办理行政处罚案件");
        assertThatThrownBy(() -> conversions.toLead(p.id(), to(org(JD2)))).as("an organisation of the other street")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversions.toLead(p.id(), new LeadConversion(null, null, null, true)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("请选择执法主体");

        for (String user : new String[] {"officer", "head", "mediator"}) {
            SignIn.as(users, user);
            assertThat(conversions.mayConvert(p)).as(user).isFalse();
            assertThatThrownBy(() -> conversions.toLead(p.id(), to(org(JD1)))).as(user).isInstanceOf(AccessDeniedException.class);
        }

        SignIn.as(users, "clerk");
        PetitionDetail other = inHandling("转线索信〔2025〕4号");
        jdbc.update("UPDATE petition SET org_id = ? WHERE id = ?", org(JD2), other.id());
        entities.clear();
        assertThatThrownBy(() -> conversions.toLead(other.id(), to(org(JD1)))).as("a petition of the other street")
                .isInstanceOf(AccessDeniedException.class);

        workflow.close(p.id(), today, "已答复", true);
        assertThatThrownBy(() -> conversions.toLead(p.id(), to(org(JD1)))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("已办结的信访事项不能再转为执法线索");
        assertThat(petitions.get(p.id()).progress().convertedCaseId()).isNull();
    }

    @Test
    void aPetitionTurnedIntoALeadIsCountedOnceInEachKind() {
        int year = today.getYear();
        long receivedBefore = figure(year, "petition.received");
        long filedBefore = figure(year, "enforcement.cases.filed");
        PetitionDetail p = inHandling("转线索信〔2025〕5号");
        assertThat(figure(year, "petition.received")).isEqualTo(receivedBefore + 1);

        SignIn.as(users, "clerk");
        PetitionDetail converted = conversions.toLead(p.id(), to(org(JD1)));
        long caseId = converted.progress().convertedCaseId();
        String caseNo = conversions.lead(converted).orElseThrow().caseNo();
        assertThat(figure(year, "petition.received")).as("the petition stays one petition").isEqualTo(receivedBefore + 1);
        assertThat(figure(year, "enforcement.cases.filed")).as("a lead is not a filed case").isEqualTo(filedBefore);

        SignIn.as(users, "officer");
        List<PenaltyCaseRow> listed = cases.search(new PenaltyCaseFilter(null, null, null, null, caseNo, null, null, null), 0, 10);
        assertThat(listed).extracting(PenaltyCaseRow::id).containsExactly(caseId);
        assertThat(listed.get(0).status()).isEqualTo(PenaltyCaseStatus.LEAD);

        enforcement.checkLead(caseId, new LeadCheck("经核查，门店在人行道摆放桌椅经营属实", "《城市市容和环境卫生管理条例》第十七条",
                today.minusDays(3), "幸福路20号门前", false, null, true, null));
        SignIn.as(users, "head");
        enforcement.decideFiling(caseId, new FilingDecision(true, List.of(new CaseOfficer(officer("李明"), CaseOfficerRole.HANDLER),
                new CaseOfficer(officer("赵强"), CaseOfficerRole.ASSISTANT)), "同意立案", null));

        assertThat(figure(year, "enforcement.cases.filed")).as("filed once, as a penalty case").isEqualTo(filedBefore + 1);
        assertThat(figure(year, "petition.received")).isEqualTo(receivedBefore + 1);
    }

    long figure(int year, String key) {
        SignIn.as(users, "leader");
        long n = figures.yearly(year, JD1, true).get(key).value().longValue();
        SignIn.as(users, "clerk");
        return n;
    }

    long officer(String name) {
        return officers.search(new OfficerFilter(org(JD1), name, true), 0, 5).stream().filter(o -> o.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    /** Runs outside the test's transaction, so that the conversion commits or rolls back on its own; cleans up after. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aConversionThatFailsHalfWayLeavesNoTrace() {
        PetitionDetail p = inHandling("转线索信〔2025〕6号");
        long casesBefore = count("SELECT COUNT(*) FROM penalty_case");
        long proceduresBefore = count("SELECT COUNT(*) FROM case_procedure");
        long sequenceBefore = count("SELECT COALESCE(SUM(next_no), 0) FROM penalty_case_sequence");
        repository.suspendProcessDefinitionByKey(GeneralPenaltyProcedure.KEY);
        try {
            assertThatThrownBy(() -> conversions.toLead(p.id(), to(org(JD1))))
                    .as("the engine refuses to start the lead check after the case was written").hasMessageContaining("suspended");
            assertThat(count("SELECT COUNT(*) FROM penalty_case")).isEqualTo(casesBefore);
            assertThat(count("SELECT COUNT(*) FROM case_procedure")).isEqualTo(proceduresBefore);
            assertThat(count("SELECT COALESCE(SUM(next_no), 0) FROM penalty_case_sequence")).as("no case number used up")
                    .isEqualTo(sequenceBefore);
            assertThat(petitions.get(p.id()).progress().convertedCaseId()).isNull();
            assertThat(workflow.timeline(p.id())).extracting(PetitionTimelineEntry::kind).doesNotContain(PetitionEventKind.CONVERTED_TO_LEAD);
            assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'PETITION_TO_LEAD' AND entity_id = '" + p.id() + "'")).isZero();
        } finally {
            repository.activateProcessDefinitionByKey(GeneralPenaltyProcedure.KEY);
            String instance = jdbc.queryForObject("SELECT process_instance_id FROM petition WHERE id = ?", String.class, p.id());
            runtime.deleteProcessInstance(instance, "test clean-up");
            jdbc.update("DELETE FROM petition WHERE id = ?", p.id());
        }
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
