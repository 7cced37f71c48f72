package org.casework.remedies.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.casework.KaribuViews;
import org.casework.org.OrgRef;
import org.casework.remedies.LitigationDetail;
import org.casework.remedies.LitigationFilter;
import org.casework.remedies.LitigationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LitigationFormViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired LitigationService service;

    @BeforeEach
    void setUp() {
        KaribuViews.start(ctx, "head");
    }

    @AfterEach
    void tearDown() {
        KaribuViews.stop();
    }

    @SuppressWarnings("unchecked")
    void fill(String courtCaseNo) {
        UI.getCurrent().navigate("remedies/litigations/new");
        ComboBox<OrgRef> org = _get(ComboBox.class, s -> s.withLabel("被告"));
        _setValue(org, org.getListDataView().getItems().filter(o -> o.code().equals("320599001")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, s -> s.withLabel("法院案号")), courtCaseNo);
        _setValue(_get(TextField.class, s -> s.withLabel("原告")), "界面原告");
        _setValue(_get(DatePicker.class, s -> s.withLabel("收到起诉状日期")), LocalDate.of(2024, 4, 1));
        _setValue(_get(DatePicker.class, s -> s.withLabel("开庭日期")), LocalDate.of(2024, 5, 10));
    }

    @Test
    void anInstanceIsRegisteredThroughTheForm() {
        fill("界面(2024)行初1号");
        _click(_get(Button.class, s -> s.withId("save")));
        LitigationDetail saved = service.search(new LitigationFilter(null, null, null, null, "界面(2024)行初1号"), 0, 1).get(0);
        assertThat(saved.hearingDate()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("remedies/litigations/" + saved.id());
    }

    @Test
    void aHeadsAppearanceWithoutANameIsExplained() {
        fill("界面(2024)行初2号");
        _setValue(_get(Checkbox.class, s -> s.withLabel("负责人出庭")), true);
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(_get(TextField.class, s -> s.withLabel("出庭负责人")).getErrorMessage()).isEqualTo("负责人出庭的，须填写出庭负责人姓名");
        assertThat(_get(ComboBox.class, s -> s.withLabel("出庭负责人职务")).isInvalid()).isTrue();
        assertThat(service.count(new LitigationFilter(null, null, null, null, "界面(2024)行初2号"))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFindsTheSavedRecord() {
        fill("界面(2024)行初3号");
        _click(_get(Button.class, s -> s.withId("save")));
        UI.getCurrent().navigate("remedies/litigations");
        _setValue(_get(TextField.class, s -> s.withLabel("案号或原告")), "界面(2024)行初3号");
        Grid<LitigationDetail> grid = _get(Grid.class, s -> s.withId("litigations"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).courtCaseNo()).isEqualTo("界面(2024)行初3号");
    }
}
