package org.casework.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.mediation.DisputeDetail;
import org.casework.mediation.DisputeForm;
import org.casework.mediation.DisputeReferrals;
import org.casework.mediation.DisputeService;
import org.casework.mediation.IntakeSource;
import org.casework.mediation.MediationKind;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * A petition turned into a dispute: linked both ways, and counted once in each kind — the petition stays one
 * petition received, the dispute is one more dispute received (by referral).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PetitionConversionsTest {

    static final String JD1 = "320599001";
    static final String COMMITTEE = "320599001-TW";
    static final LocalDate REGISTERED = LocalDate.of(2024, 5, 6);

    @Autowired PetitionWorkflowService workflow;
    @Autowired PetitionConversions conversions;
    @Autowired PetitionService petitions;
    @Autowired DisputeService disputes;
    @Autowired DisputeReferrals referrals;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

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

    PetitionDetail inHandling(String no) {
        PetitionDetail p = workflow.register(new PetitionRegistration(org(JD1), no, "来访", PartyKind.PERSON, "周某转办测试", null,
                "邻居装修漏水", "楼上装修导致漏水，协商未果", REGISTERED));
        workflow.route(p.id(), org(JD1), REGISTERED, null);
        return workflow.acknowledge(p.id(), REGISTERED.plusDays(1), null);
    }

    DisputeForm dispute(String no) {
        return new DisputeForm(org(COMMITTEE), no, MediationKind.PEOPLE, IntakeSource.APPLIED, "邻里",
                List.of("周某转办测试", "吴某转办测试"), "楼上装修导致漏水", REGISTERED.plusDays(3), null, null, null, null, false, null,
                false, null);
    }

    /** Records of a kind in JD1's subtree in 2024, by the counting date of its "received" figure. */
    long received(String table, String dateColumn) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " t JOIN org_unit o ON o.id = t.org_id WHERE o.tree_path LIKE ?"
                + " AND t." + dateColumn + " >= '2024-01-01' AND t." + dateColumn + " <= '2024-12-31'", Long.class,
                orgs.get(org(JD1)).treePath() + "%");
    }

    @Test
    void aPetitionTurnedIntoADisputeIsLinkedBothWaysAndCountedOnceInEachKind() {
        long petitionsBefore = received("petition", "registered_date");
        long disputesBefore = received("dispute", "accepted_date");
        PetitionDetail p = inHandling("转调信〔2024〕1号");

        PetitionDetail converted = conversions.toDispute(p.id(), dispute("转调〔2024〕1号"));

        Long disputeId = converted.progress().convertedDisputeId();
        assertThat(disputeId).isNotNull();
        assertThat(conversions.dispute(converted)).get().satisfies(r -> {
            assertThat(r.disputeNo()).isEqualTo("转调〔2024〕1号");
            assertThat(r.bodyName()).contains("人民调解委员会");
        });
        assertThat(workflow.timeline(p.id())).extracting(PetitionTimelineEntry::kind).last()
                .isEqualTo(PetitionEventKind.CONVERTED_TO_DISPUTE);
        assertThat(converted.progress().stage()).as("the petition is still handled and answered").isEqualTo(PetitionStage.HANDLING);
        assertThat(received("petition", "registered_date")).isEqualTo(petitionsBefore + 1);
        assertThat(received("dispute", "accepted_date")).isEqualTo(disputesBefore + 1);

        SignIn.as(users, "mediator");
        DisputeDetail d = disputes.get(disputeId);
        assertThat(d.source()).as("received by referral").isEqualTo(IntakeSource.REFERRED);
        assertThat(referrals.sourceOf(disputeId)).get()
                .isEqualTo(new DisputeReferrals.SourcePetition(p.id(), "转调信〔2024〕1号"));

        SignIn.as(users, "clerk");
        assertThatThrownBy(() -> conversions.toDispute(p.id(), dispute("转调〔2024〕2号"))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("该信访事项已转为调解案件，不能重复转交");
        PetitionDetail closed = workflow.close(p.id(), REGISTERED.plusDays(20), "已转人民调解委员会调解，双方达成协议", true);
        assertThat(closed.status()).isEqualTo(PetitionStatus.CLOSED);
        assertThat(received("petition", "registered_date")).isEqualTo(petitionsBefore + 1);
    }

    @Test
    void aClosedPetitionIsNotConvertedAndTheDisputeRulesApply() {
        PetitionDetail p = inHandling("转调信〔2024〕2号");
        DisputeForm noCategory = new DisputeForm(org(COMMITTEE), "转调〔2024〕3号", MediationKind.PEOPLE, IntakeSource.APPLIED, "",
                List.of("周某转办测试"), null, REGISTERED, null, null, null, null, false, null, false, null);
        assertThatThrownBy(() -> conversions.toDispute(p.id(), noCategory)).isInstanceOf(BusinessRuleException.class);
        assertThat(petitions.get(p.id()).progress().convertedDisputeId()).isNull();

        workflow.close(p.id(), REGISTERED.plusDays(10), "已答复", true);
        assertThatThrownBy(() -> conversions.toDispute(p.id(), dispute("转调〔2024〕4号"))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("已办结的信访事项不能再转为调解案件");
    }

    @Test
    void onlyAClerkWithThePetitionInScopeRefersItAndAHeadSeesNoDisputeDetails() {
        PetitionDetail p = inHandling("转调信〔2024〕5号");
        PetitionDetail converted = conversions.toDispute(p.id(), dispute("转调〔2024〕5号"));

        SignIn.as(users, "head");
        assertThat(conversions.mayConvert(converted)).isFalse();
        assertThat(conversions.dispute(converted)).as("heads read petitions, not disputes").isEmpty();
        assertThat(referrals.sourceOf(converted.progress().convertedDisputeId())).isEmpty();

        SignIn.as(users, "mediator");
        assertThatThrownBy(() -> referrals.referFromPetition(dispute("转调〔2024〕6号"), p.id()))
                .as("mediators register disputes, they do not refer petitions").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversions.toDispute(p.id(), dispute("转调〔2024〕6号"))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "clerk");
        assertThatThrownBy(() -> referrals.referFromPetition(dispute("转调〔2024〕7号"), -1L)).isInstanceOf(NotFoundException.class);
        PetitionDetail other = inHandling("转调信〔2024〕6号");
        jdbc.update("UPDATE petition SET org_id = ? WHERE id = ?", org("320599002"), other.id());
        assertThatThrownBy(() -> referrals.referFromPetition(dispute("转调〔2024〕8号"), other.id()))
                .as("a petition of the other street").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conversions.toDispute(other.id(), dispute("转调〔2024〕8号"))).isInstanceOf(AccessDeniedException.class);
    }
}
