package org.casework.petitions.ui;

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
import org.casework.org.OrgRef;
import org.casework.petitions.ChannelRef;
import org.casework.petitions.PetitionDetail;
import org.casework.petitions.PetitionFilter;
import org.casework.petitions.PetitionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class PetitionFormViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired PetitionService service;

    @BeforeEach
    void setUp() {
        KaribuViews.start(ctx, "clerk");
    }

    @AfterEach
    void tearDown() {
        KaribuViews.stop();
    }

    @SuppressWarnings("unchecked")
    void fill(String no) {
        UI.getCurrent().navigate("petitions/new/edit");
        ComboBox<OrgRef> org = _get(ComboBox.class, s -> s.withLabel("承办单位"));
        _setValue(org, org.getListDataView().getItems().filter(o -> o.code().equals("320599001")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, s -> s.withLabel("编号")), no);
        ComboBox<ChannelRef> channel = _get(ComboBox.class, s -> s.withLabel("渠道"));
        _setValue(channel, channel.getListDataView().getItems().filter(c -> c.code().equals("来访")).findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withLabel("登记日期")), LocalDate.of(2024, 6, 3));
    }

    @Test
    void aPetitionIsRegisteredWithTheSuggestedDueDate() {
        fill("界面信〔2024〕1号");
        assertThat(_get(DatePicker.class, s -> s.withLabel("办理期限")).getValue()).isEqualTo(LocalDate.of(2024, 8, 2));
        _click(_get(Button.class, s -> s.withId("save")));
        PetitionDetail saved = service.search(new PetitionFilter(null, null, null, null, "界面信〔2024〕1号"), 0, 1).get(0);
        assertThat(saved.dueDate()).isEqualTo(LocalDate.of(2024, 8, 2));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("petitions/" + saved.id());
    }

    @Test
    void aClosingBeforeTheRegistrationIsExplained() {
        fill("界面信〔2024〕2号");
        _setValue(_get(DatePicker.class, s -> s.withLabel("办结日期")), LocalDate.of(2024, 6, 1));
        _click(_get(Button.class, s -> s.withId("save")));
        DatePicker closed = _get(DatePicker.class, s -> s.withLabel("办结日期"));
        assertThat(closed.getErrorMessage()).isEqualTo("办结日期不能早于登记日期");
        assertThat(service.count(new PetitionFilter(null, null, null, null, "界面信〔2024〕2号"))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFindsTheSavedRecord() {
        fill("界面信〔2024〕3号");
        _click(_get(Button.class, s -> s.withId("save")));
        UI.getCurrent().navigate("petitions");
        _setValue(_get(TextField.class, s -> s.withLabel("编号、信访人或事项")), "界面信〔2024〕3号");
        Grid<PetitionDetail> grid = _get(Grid.class, s -> s.withId("petitions"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).petitionNo()).isEqualTo("界面信〔2024〕3号");
    }
}
