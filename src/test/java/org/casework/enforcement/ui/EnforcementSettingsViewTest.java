package org.casework.enforcement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.math.BigDecimal;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.enforcement.EnforcementSettingsService;
import org.casework.enforcement.HearingThresholdRow;
import org.casework.enforcement.ProcedureSettings;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyKind;
import org.casework.testsupport.SignIn;
import org.casework.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The administrator's penalty-procedure settings: a street's defence window changed and reset through the
 * screen, a value outside the legal range refused with the rule's Chinese message, hearing thresholds
 * added and deleted; nobody else opens the screen or changes the settings through the service.
 */
class EnforcementSettingsViewTest extends ViewTestBase {

    /** 西湖街道: inherits the district's settings in the demo data. */
    static final String STREET = "320599002";

    @Autowired EnforcementSettingsService settings;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;

    @Test
    void anAdministratorChangesAStreetsDefenceWindowAndResetsIt() {
        long street = orgs.requireByCode(STREET).id();
        signInAs("admin");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).contains("/admin/enforcement-settings");
        EnforcementSettingsView view = open("admin/enforcement-settings", EnforcementSettingsView.class);
        choose(street);
        assertThat(_get(Paragraph.class, s -> s.withId("settings-source")).getText()).contains("沿用上级机构");
        assertThat(view.defenceDays.getValue()).isEqualTo(ProcedureSettings.DEFENCE_DAYS);
        assertThat(view.defenceDays.getHelperText()).contains("法定默认5个工作日", "第五十七条");
        try {
            _setValue(_get(IntegerField.class, s -> s.withId("defence-days")), 7);
            _click(_get(Button.class, s -> s.withId("save-settings")));
            assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("已保存"));
            ProcedureSettings effective = settings.effective(street);
            assertThat(effective.defenceDays()).isEqualTo(7);
            assertThat(effective.sourceOrgId()).isEqualTo(street);
            assertThat(effective.reconsiderationBody()).as("the inherited texts were kept").isEqualTo("滨湖新区人民政府");
            assertThat(_get(Paragraph.class, s -> s.withId("settings-source")).getText()).contains("本机构设置");

            _click(_get(Button.class, s -> s.withId("reset-settings")));
            assertThat(settings.effective(street).defenceDays()).isEqualTo(ProcedureSettings.DEFENCE_DAYS);
            assertThat(settings.effective(street).sourceOrgId()).isNotEqualTo(street);
            assertThat(view.defenceDays.getValue()).isEqualTo(ProcedureSettings.DEFENCE_DAYS);
        } finally {
            settings.reset(street);
        }
    }

    @Test
    void aDefenceWindowOutsideTheLegalRangeIsRefusedWithTheRuleAndNothingChanges() {
        long street = orgs.requireByCode(STREET).id();
        signInAs("admin");
        ProcedureSettings before = settings.effective(street);
        EnforcementSettingsView view = open("admin/enforcement-settings", EnforcementSettingsView.class);
        choose(street);
        _setValue(view.defenceDays, 2);
        _setValue(view.hearingRequestDays, 3);
        _click(_get(Button.class, s -> s.withId("save-settings")));

        assertThat(view.defenceDays.isInvalid()).isTrue();
        assertThat(view.defenceDays.getErrorMessage()).isEqualTo("陈述、申辩期限应为3至15个工作日（法定默认5个工作日，《市场监督管理行政处罚程序规定》第五十七条）");
        assertThat(view.hearingRequestDays.isInvalid()).isTrue();
        assertThat(view.hearingRequestDays.getErrorMessage()).contains("听证申请期限不得少于5个工作日", "第六十四条");
        assertThat(view.publicationDays.isInvalid()).isFalse();
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("陈述、申辩期限应为3至15个工作日"));
        assertThat(settings.effective(street)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsAndDeletesAHearingThreshold() {
        long street = orgs.requireByCode(STREET).id();
        signInAs("admin");
        EnforcementSettingsView view = open("admin/enforcement-settings", EnforcementSettingsView.class);
        choose(street);
        int rows = GridKt._size(view.thresholds);

        // no amount: refused on the field the rule names
        _setValue(_get(ComboBox.class, s -> s.withId("threshold-party-kind")), PartyKind.PERSON);
        _setValue(_get(TextField.class, s -> s.withId("threshold-field")), "市容环境");
        _click(_get(Button.class, s -> s.withId("save-threshold")));
        assertThat(view.fineAmount.isInvalid()).isTrue();
        assertThat(view.fineAmount.getErrorMessage()).isEqualTo("请至少填写罚款或没收金额的标准");

        _setValue(_get(BigDecimalField.class, s -> s.withId("threshold-fine")), new BigDecimal("3000"));
        _setValue(_get(TextField.class, s -> s.withId("threshold-basis")), "本区城市管理较大数额标准");
        _click(_get(Button.class, s -> s.withId("save-threshold")));
        assertThat(GridKt._size(view.thresholds)).isEqualTo(rows + 1);
        HearingThresholdRow saved = settings.thresholdFor(street, PartyKind.PERSON, "市容环境");
        assertThat(saved.orgId()).isEqualTo(street);
        assertThat(saved.fineAmount()).isEqualByComparingTo("3000");

        int row = java.util.stream.IntStream.range(0, GridKt._size(view.thresholds))
                .filter(i -> saved.id().equals(GridKt._get(view.thresholds, i).id())).findFirst().orElseThrow();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(view.thresholds, row, "actions");
        _click(actions.getChildren().map(Button.class::cast).filter(b -> b.getId().orElse("").equals("delete-threshold-" + saved.id()))
                .findFirst().orElseThrow());
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("市容环境");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(GridKt._size(view.thresholds)).isEqualTo(rows);
        assertThat(settings.thresholdFor(street, PartyKind.PERSON, "市容环境").id()).isNotEqualTo(saved.id());
    }

    @Test
    void onlyAnAdministratorOpensTheScreenOrChangesTheSettings() {
        long street = orgs.requireByCode(STREET).id();
        signInAs("head");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).doesNotContain("/admin/enforcement-settings");
        Throwable refused = catchThrowable(() -> UI.getCurrent().navigate("admin/enforcement-settings"));
        if (refused != null) {
            assertThat(refused).hasMessageContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(EnforcementSettingsView.class::isInstance);

        for (String user : new String[] {"head", "officer", "leader"}) {
            SignIn.as(users, user);
            ProcedureSettings current = settings.effective(street);
            assertThatThrownBy(() -> settings.save(street, current)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.reset(street)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.saveThreshold(new HearingThresholdRow(null, street, PartyKind.PERSON, null,
                    new BigDecimal("1000"), null, null))).as(user).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as(users, "admin");
        HearingThresholdRow row = settings.saveThreshold(new HearingThresholdRow(null, street, PartyKind.OTHER_ORG, "权限测试",
                new BigDecimal("20000"), null, null));
        HearingThresholdRow other = settings.saveThreshold(new HearingThresholdRow(null, street, PartyKind.OTHER_ORG, "另一领域",
                new BigDecimal("30000"), null, null));
        try {
            // editing a row into the kind and field another row already has is refused, both rows stay
            assertThatThrownBy(() -> settings.saveThreshold(new HearingThresholdRow(other.id(), street, PartyKind.OTHER_ORG, "权限测试",
                    new BigDecimal("30000"), null, null))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("已有");
            assertThat(settings.thresholds(street)).extracting(HearingThresholdRow::field).contains("权限测试", "另一领域");
            SignIn.as(users, "officer3");           // an officer of the street itself: still not an administrator
            assertThatThrownBy(() -> settings.deleteThreshold(row.id())).isInstanceOf(AccessDeniedException.class);
            SignIn.as(users, "officer");            // an officer of another street: outside the scope as well
            assertThatThrownBy(() -> settings.thresholds(street)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SignIn.as(users, "admin");
            settings.deleteThreshold(row.id());
            settings.deleteThreshold(other.id());
        }
    }

    private void choose(long orgId) {
        @SuppressWarnings("unchecked")
        ComboBox<OrgRef> org = _get(ComboBox.class, s -> s.withId("settings-org"));
        _setValue(org, org.getListDataView().getItems().filter(o -> o.id() == orgId).findFirst().orElseThrow());
    }
}
