package org.casework.mediation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.casework.base.AccessDeniedException;
import org.casework.mediation.DisputePartyRole;
import org.casework.mediation.IntakeSource;
import org.casework.mediation.MediationForms.AssignmentForm;
import org.casework.mediation.MediationForms.IntakeForm;
import org.casework.mediation.MediationForms.PartyEntry;
import org.casework.mediation.MediationForms.RegistrationForm;
import org.casework.mediation.MediationForms.WillingnessForm;
import org.casework.mediation.MediationKind;
import org.casework.mediation.MediationSettingsService;
import org.casework.mediation.MediationWorkflowService;
import org.casework.mediation.MediatorLoad;
import org.casework.mediation.MediatorSelection;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.staff.MediatorForm;
import org.casework.staff.MediatorService;
import org.casework.testsupport.SignIn;
import org.casework.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The committee head's workload screen and the administrator's mediation settings, with who may open them. */
class MediationScreensTest extends ViewTestBase {

    static final String COMMITTEE = "320599001-TW";

    @Autowired MediationSettingsService settings;
    @Autowired MediationWorkflowService workflow;
    @Autowired MediatorService mediators;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void theHeadSeesEachMediatorsOpenDisputes() {
        LocalDate today = LocalDate.now(clock);
        long committee = orgs.requireByCode(COMMITTEE).id();
        String name = unique("工作量");
        SignIn.as(users, "admin");
        long mediatorId = mediators.create(new MediatorForm(committee, name, true, today.minusYears(1), null)).id();
        SignIn.as(users, "mediator");
        long id = workflow.receive(new IntakeForm(committee, MediationKind.PEOPLE, IntakeSource.APPLIED, null, "邻里",
                List.of(new PartyEntry(DisputePartyRole.APPLICANT, PartyKind.PERSON, unique("甲"), null, null, null),
                        new PartyEntry(DisputePartyRole.RESPONDENT, PartyKind.PERSON, unique("乙"), null, null, null)),
                "请求调解", "邻里纠纷", LocalDateTime.now(clock).minusMinutes(5), null, null));
        workflow.checkWillingness(id, new WillingnessForm(today, true, null, null));
        workflow.register(id, new RegistrationForm(today, true));
        SignIn.out();

        signInAs("head");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).contains("/mediation/workload")
                .doesNotContain("/admin/mediation-settings");
        UI.getCurrent().navigate("mediation/disputes/" + id);
        workflow.assignMediators(id, new AssignmentForm(MediatorSelection.ASSIGNED, List.of(mediatorId), List.of(), null));

        UI.getCurrent().navigate("mediation/workload");
        ComboBox<OrgRef> body = _get(ComboBox.class);
        _setValue(body, body.getListDataView().getItems().filter(o -> o.code().equals(COMMITTEE)).findFirst().orElseThrow());
        Grid<MediatorLoad> grid = _get(Grid.class, s -> s.withId("workload"));
        MediatorLoad load = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(l -> l.mediator().name().equals(name)).findFirst().orElseThrow();
        assertThat(load.openDisputes()).isEqualTo(1);
        assertThat(load.closedThisYear()).isZero();
    }

    @Test
    void anAdministratorSetsALongerTimeLimitForACommitteeAndResetsIt() {
        long committee = orgs.requireByCode(COMMITTEE).id();
        signInAs("admin");
        UI.getCurrent().navigate("admin/mediation-settings");
        @SuppressWarnings("unchecked")
        ComboBox<OrgRef> org = _get(ComboBox.class, s -> s.withId("settings-org"));
        _setValue(org, org.getListDataView().getItems().filter(o -> o.id() == committee).findFirst().orElseThrow());
        try {
            // one editor per kind, in the order 人民调解, 行政调解, 矛调中心
            IntegerField limit = _find(IntegerField.class, s -> s.withLabel("调解期限")).get(0);
            _setValue(limit, 45);
            _click(_get(Button.class, s -> s.withId("save-PEOPLE")));
            assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("已保存"));
            assertThat(settings.effective(committee, MediationKind.PEOPLE).limitDays()).isEqualTo(45);
        } finally {
            settings.reset(committee, MediationKind.PEOPLE);
        }
        assertThat(settings.effective(committee, MediationKind.PEOPLE).limitDays()).isEqualTo(30);
    }

    @Test
    void onlyAnAdministratorOpensTheSettingsAndOnlyMediationRolesReadThem() {
        long committee = orgs.requireByCode(COMMITTEE).id();
        signInAs("mediator");
        Throwable refused = catchThrowable(() -> UI.getCurrent().navigate("admin/mediation-settings"));
        if (refused != null) {
            assertThat(refused).hasMessageContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(MediationSettingsView.class::isInstance);
        assertThatThrownBy(() -> settings.save(committee, settings.effective(committee, MediationKind.PEOPLE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(settings.effectiveAll(committee)).hasSize(3);

        signInAs("officer");
        assertThatThrownBy(() -> settings.effectiveAll(committee)).isInstanceOf(AccessDeniedException.class);
        signInAs("centre");                  // a mediator of the district's centre: the committee is outside its scope
        assertThatThrownBy(() -> settings.effectiveAll(committee)).isInstanceOf(AccessDeniedException.class);
    }
}
