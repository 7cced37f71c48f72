package org.casework.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casework.base.AccessDeniedException;
import org.casework.mediation.DisputeForm;
import org.casework.mediation.DisputeService;
import org.casework.mediation.IntakeSource;
import org.casework.mediation.MediationKind;
import org.casework.org.OrgService;
import org.casework.petitions.PetitionForm;
import org.casework.petitions.PetitionService;
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
 * One party across all kinds: a person with penalty cases in both streets, a petition and a dispute in JD1.
 * Each user sees on the party page only the records of their kinds and organisations.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PartyServiceTest {

    static final String NAME = "孙某跨类测试";

    @Autowired PartyService parties;
    @Autowired PetitionService petitions;
    @Autowired DisputeService disputes;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    PartyRef party;

    long org(String code) {
        return orgs.requireByCode(code).id();
    }

    void penaltyCase(String orgCode, String caseNo, String cause) {
        jdbc.update("INSERT INTO penalty_case (org_id, case_no, procedure_type, status, party_id, party_kind, party_name, cause,"
                + " filed_date, created_at) VALUES (?, ?, 'GENERAL', 'FILED', ?, 'PERSON', ?, ?, ?, CURRENT_TIMESTAMP)",
                org(orgCode), caseNo, party.id(), NAME, cause, LocalDate.of(2024, 3, 1));
    }

    @BeforeEach
    void onePartyInEveryKind() {
        party = parties.resolve(PartyKind.PERSON, NAME, null);
        penaltyCase("320599001", "跨类罚〔2024〕1号", "占道经营");
        penaltyCase("320599002", "跨类罚〔2024〕2号", "占道经营");
        SignIn.as(users, "clerk");
        petitions.create(new PetitionForm(org("320599001"), "跨类信〔2024〕1号", "12345", NAME, "占道经营扰民", null,
                LocalDate.of(2024, 2, 1), null, null, false, null, null, null, false, false, null));
        SignIn.as(users, "mediator");
        disputes.create(new DisputeForm(org("320599001-TW"), "跨类调〔2024〕1号", MediationKind.PEOPLE, IntakeSource.APPLIED,
                "邻里", List.of(NAME, "李某跨类测试"), null, LocalDate.of(2024, 4, 1), null, null, null, null, false, null, false, null));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    List<String> numbersSeenBy(String user) {
        SignIn.as(users, user);
        return parties.overview(party.id()).records().stream().map(PartyRecord::number).toList();
    }

    @Test
    void eachUserSeesTheRecordsOfTheirKindsAndOrganisations() {
        assertThat(numbersSeenBy("leader")).containsExactly("跨类调〔2024〕1号", "跨类罚〔2024〕2号", "跨类罚〔2024〕1号", "跨类信〔2024〕1号");
        assertThat(numbersSeenBy("jd1leader")).containsExactlyInAnyOrder("跨类调〔2024〕1号", "跨类罚〔2024〕1号", "跨类信〔2024〕1号");
        assertThat(numbersSeenBy("officer")).containsExactly("跨类罚〔2024〕1号");
        assertThat(numbersSeenBy("clerk")).containsExactly("跨类信〔2024〕1号");
        assertThat(numbersSeenBy("mediator")).containsExactly("跨类调〔2024〕1号");
    }

    @Test
    void aJd2UserDoesNotSeeJd1RecordsOnThePartyPage() {
        assertThat(numbersSeenBy("jd2leader")).containsExactly("跨类罚〔2024〕2号");
        assertThat(numbersSeenBy("officer3")).containsExactly("跨类罚〔2024〕2号");
        PartyRef onlyJd1 = parties.resolve(PartyKind.PERSON, "仅东湖街道的当事人", null);
        jdbc.update("UPDATE penalty_case SET party_id = ? WHERE case_no = '跨类罚〔2024〕1号'", onlyJd1.id());
        assertThatThrownBy(() -> parties.overview(onlyJd1.id())).isInstanceOf(AccessDeniedException.class)
                .hasMessage("您的机构范围内没有该当事人的案件记录");
    }

    @Test
    void recordsOnThePartyPageLinkToTheirScreens() {
        SignIn.as(users, "leader");
        assertThat(parties.overview(party.id()).records()).extracting(PartyRecord::kind, PartyRecord::route)
                .anySatisfy(r -> assertThat(r.toList().get(0)).isEqualTo("信访投诉"))
                .allSatisfy(r -> assertThat((String) r.toList().get(1)).matches("(petitions|mediation/disputes|enforcement/cases)/\\d+"));
    }

    @Test
    void repeatPartiesAndHotSpotsAreCountedInTheUsersScope() {
        SignIn.as(users, "jd1leader");
        PartySummary summary = parties.directory(NAME, null, null, false, 0, 10).get(0);
        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.repeat()).isTrue();
        assertThat(summary.byKind()).isEqualTo(Map.of("处罚案件", 1L, "调解案件", 1L, "信访投诉", 1L));
        assertThat(parties.recordCounts(List.of(party.id()))).isEqualTo(Map.of(party.id(), 3L));
        assertThat(parties.directoryCount("李某跨类测试", null, null, true)).as("one dispute only: not a repeat party").isZero();
        assertThat(parties.directoryCount("李某跨类测试", null, null, false)).isEqualTo(1);
        assertThat(parties.directory(NAME, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), false, 0, 10).get(0).total())
                .as("only the case filed in March").isEqualTo(1);

        assertThat(parties.hotSpots(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 50))
                .contains(new HotSpot("当事人", NAME, 3))
                .anySatisfy(h -> assertThat(h.dimension()).isEqualTo("案由"))
                .anySatisfy(h -> assertThat(h.dimension()).isEqualTo("信访渠道"))
                .anySatisfy(h -> assertThat(h.dimension()).isEqualTo("纠纷类别"));
        SignIn.as(users, "officer3");
        assertThat(parties.directory(NAME, null, null, false, 0, 10)).singleElement()
                .satisfies(s -> assertThat(s.byKind()).isEqualTo(Map.of("处罚案件", 1L)));
    }

    @Test
    void searchAndContactChangesStayWithinTheRecordsTheUserMaySee() {
        PartyRef onlyJd1 = parties.resolve(PartyKind.PERSON, "仅东湖街道的当事人乙", null);
        jdbc.update("UPDATE penalty_case SET party_id = ? WHERE case_no = '跨类罚〔2024〕1号'", onlyJd1.id());

        SignIn.as(users, "officer3");
        assertThat(parties.search("仅东湖街道的当事人乙", 0, 10)).as("a JD1 party is not found from JD2").isEmpty();
        assertThat(parties.count("仅东湖街道的当事人乙")).isZero();
        assertThat(parties.search(NAME, 0, 10)).extracting(PartyRef::id).containsExactly(party.id());
        assertThatThrownBy(() -> parties.updateContact(onlyJd1.id(), "13800000000", null)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "leader");
        assertThatThrownBy(() -> parties.updateContact(onlyJd1.id(), "13800000000", null))
                .as("leaders read, they do not enter parties").isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "officer");
        assertThat(parties.search("仅东湖街道的当事人乙", 0, 10)).extracting(PartyRef::id).containsExactly(onlyJd1.id());
        assertThat(parties.updateContact(onlyJd1.id(), "13800000000", "东湖街道1号").phone()).isEqualTo("13800000000");

        SignIn.as(users, "admin");
        assertThat(parties.count("仅东湖街道的当事人乙")).isEqualTo(1);
    }
}
