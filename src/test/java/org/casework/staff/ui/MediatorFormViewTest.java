package org.casework.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.casework.KaribuViews;
import org.casework.staff.MediatorDetail;
import org.casework.staff.MediatorFilter;
import org.casework.staff.MediatorService;
import org.casework.org.OrgRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class MediatorFormViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired MediatorService service;

    @BeforeEach
    void setUp() {
        KaribuViews.start(ctx, "admin");
    }

    @AfterEach
    void tearDown() {
        KaribuViews.stop();
    }

    @SuppressWarnings("unchecked")
    void fill(String name) {
        UI.getCurrent().navigate("org/mediators/new");
        ComboBox<OrgRef> body = _get(ComboBox.class, s -> s.withLabel("调解组织"));
        _setValue(body, body.getListDataView().getItems().filter(o -> o.code().equals("320599-MT")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, s -> s.withLabel("姓名")), name);
        _setValue(_get(DatePicker.class, s -> s.withLabel("起聘日期")), LocalDate.of(2023, 1, 1));
    }

    @Test
    void aMediatorIsAddedThroughTheForm() {
        fill("界面调解员");
        _click(_get(Button.class, s -> s.withId("save")));
        MediatorDetail saved = service.search(new MediatorFilter(null, null, "界面调解员"), 0, 1).get(0);
        assertThat(saved.bodyCode()).isEqualTo("320599-MT");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("org/mediators/" + saved.id());
    }

    @Test
    void aDismissalBeforeTheAppointmentIsExplained() {
        fill("界面调解员二");
        _setValue(_get(DatePicker.class, s -> s.withLabel("解聘日期")), LocalDate.of(2022, 12, 31));
        _click(_get(Button.class, s -> s.withId("save")));
        assertThat(_get(DatePicker.class, s -> s.withLabel("解聘日期")).getErrorMessage()).isEqualTo("解聘日期不能早于起聘日期");
        assertThat(service.count(new MediatorFilter(null, null, "界面调解员二"))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFindsTheSavedRecord() {
        fill("界面调解员三");
        _click(_get(Button.class, s -> s.withId("save")));
        UI.getCurrent().navigate("org/mediators");
        _setValue(_get(TextField.class, s -> s.withLabel("姓名")), "界面调解员三");
        Grid<MediatorDetail> grid = _get(Grid.class, s -> s.withId("mediators"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo("界面调解员三");
    }
}
