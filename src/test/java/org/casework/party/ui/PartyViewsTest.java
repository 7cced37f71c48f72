package org.casework.party.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.casework.KaribuViews;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.party.PartyRecord;
import org.casework.party.PartyRef;
import org.casework.party.PartyService;
import org.casework.party.PartySummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The party list and the party page: a JD2 user sees only JD2's records of a party that has records in both streets. */
@SpringBootTest
@ActiveProfiles("test")
class PartyViewsTest {

    @Autowired ApplicationContext ctx;
    @Autowired PartyService parties;
    @Autowired OrgService orgs;
    @Autowired JdbcTemplate jdbc;

    String name;
    PartyRef party;

    @BeforeEach
    void aPartyWithCasesInBothStreets() {
        name = "界面当事人" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        party = parties.resolve(PartyKind.LEGAL_PERSON, name, null);
        for (String org : new String[] {"320599001", "320599001", "320599002"}) {
            jdbc.update("INSERT INTO penalty_case (org_id, case_no, procedure_type, status, party_id, party_kind, party_name, cause,"
                    + " filed_date, created_at) VALUES (?, ?, 'GENERAL', 'FILED', ?, 'LEGAL_PERSON', ?, '违规设置户外广告', ?,"
                    + " CURRENT_TIMESTAMP)", orgs.requireByCode(org).id(), name + "-" + System.nanoTime(), party.id(), name,
                    LocalDate.now().withDayOfYear(1));
        }
    }

    @AfterEach
    void tearDown() {
        KaribuViews.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsRepeatPartiesAndHotSpotsInTheUsersScope() {
        KaribuViews.start(ctx, "officer");
        UI.getCurrent().navigate("parties");
        _setValue(_get(TextField.class, s -> s.withLabel("按名称或证件号码搜索")), name);
        _setValue(_get(Checkbox.class, s -> s.withLabel("只看重复当事人")), true);
        Grid<PartySummary> grid = _get(Grid.class, s -> s.withId("parties"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).total()).as("JD1's two cases").isEqualTo(2);
        assertThat(_get(Div.class, s -> s.withId("hot-spots")).getElement().getTextRecursively()).contains("案由");

        _setValue(_get(ComboBox.class, s -> s.withLabel("年度")), null);
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJd2UserSeesOnlyJd2RecordsOnThePartyPage() {
        KaribuViews.start(ctx, "officer3");
        UI.getCurrent().navigate("parties/" + party.id());
        Grid<PartyRecord> records = _get(Grid.class, s -> s.withId("party-records"));
        assertThat(GridKt._size(records)).isEqualTo(1);
        assertThat(GridKt._get(records, 0).orgName()).contains("西山街道");

        KaribuViews.stop();
        KaribuViews.start(ctx, "leader");
        UI.getCurrent().navigate("parties/" + party.id());
        assertThat(GridKt._size(_get(Grid.class, s -> s.withId("party-records")))).isEqualTo(3);
    }

    @Test
    void aUserWithoutRecordsOfThePartyIsTold() {
        KaribuViews.start(ctx, "clerk");
        UI.getCurrent().navigate("parties/" + party.id());
        assertThat(_find(Grid.class, s -> s.withId("party-records"))).isEmpty();
        assertThat(_get(PartyView.class).getElement().getTextRecursively()).contains("您的机构范围内没有该当事人的案件记录");
    }
}
