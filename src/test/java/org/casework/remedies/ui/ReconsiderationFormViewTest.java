package org.casework.remedies.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.casework.KaribuViews;
import org.casework.org.OrgRef;
import org.casework.remedies.ReconsiderationDetail;
import org.casework.remedies.ReconsiderationFilter;
import org.casework.remedies.ReconsiderationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ReconsiderationFormViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired ReconsiderationService service;

    @BeforeEach
    void setUp() {
        KaribuViews.start(ctx, "head");
    }

    @AfterEach
    void tearDown() {
        KaribuViews.stop();
    }

    @SuppressWarnings("unchecked")
    void fill(String caseNo, LocalDate received) {
        UI.getCurrent().navigate("remedies/reconsiderations/new");
        ComboBox<OrgRef> org = _get(ComboBox.class, s -> s.withLabel("被申请人"));
        _setValue(org, org.getListDataView().getItems().filter(o -> o.code().equals("320599001")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, s -> s.withLabel("复议案号")), caseNo);
        _setValue(_get(TextField.class, s -> s.withLabel("申请人")), "界面申请人");
        _setValue(_get(DatePicker.class, s -> s.withLabel("收案日期")), received);
    }

    @Test
    void aCaseIsRegisteredThroughTheForm() {
        fill("界面复〔2024〕1号", LocalDate.of(2024, 3, 4));
        _click(_get(Button.class, s -> s.withId("save")));
        ReconsiderationDetail saved = service.search(new ReconsiderationFilter(null, null, null, "界面复〔2024〕1号"), 0, 1).get(0);
        assertThat(saved.replyDueDate()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("remedies/reconsiderations/" + saved.id());
    }

    @Test
    void aBrokenRuleIsExplainedOnItsField() {
        fill("界面复〔2024〕2号", LocalDate.of(2024, 3, 4));
        _setValue(_get(DatePicker.class, s -> s.withLabel("审结日期")), LocalDate.of(2024, 3, 1));
        _click(_get(Button.class, s -> s.withId("save")));
        DatePicker concluded = _get(DatePicker.class, s -> s.withLabel("审结日期"));
        assertThat(concluded.isInvalid()).isTrue();
        assertThat(concluded.getErrorMessage()).isEqualTo("审结日期不能早于收案日期");
        assertThat(_get(ComboBox.class, s -> s.withLabel("复议结果")).getErrorMessage()).isEqualTo("已审结的复议案件须填写复议结果");
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(service.count(new ReconsiderationFilter(null, null, null, "界面复〔2024〕2号"))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFindsTheSavedRecord() {
        fill("界面复〔2024〕3号", LocalDate.of(2024, 3, 4));
        _click(_get(Button.class, s -> s.withId("save")));
        UI.getCurrent().navigate("remedies/reconsiderations");
        _setValue(_get(TextField.class, s -> s.withLabel("案号或申请人")), "界面复〔2024〕3号");
        Grid<ReconsiderationDetail> grid = _get(Grid.class, s -> s.withId("reconsiderations"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).caseNo()).isEqualTo("界面复〔2024〕3号");
    }
}
