package org.casework.mediation.ui;

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
import org.casework.mediation.DisputeDetail;
import org.casework.mediation.DisputeFilter;
import org.casework.mediation.DisputeOutcome;
import org.casework.mediation.DisputeService;
import org.casework.mediation.DisputeStatus;
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
class DisputeFormViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired DisputeService service;

    @BeforeEach
    void setUp() {
        KaribuViews.start(ctx, "mediator");
    }

    @AfterEach
    void tearDown() {
        KaribuViews.stop();
    }

    @SuppressWarnings("unchecked")
    void fill(String no) {
        UI.getCurrent().navigate("mediation/records/new");
        ComboBox<OrgRef> body = _get(ComboBox.class, s -> s.withLabel("调解组织"));
        _setValue(body, body.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextField.class, s -> s.withLabel("编号")), no);
        _setValue((ComboBox<String>) _get(ComboBox.class, s -> s.withLabel("纠纷类别")), "邻里");
        _setValue(_get(TextField.class, s -> s.withLabel("当事人")), "界面甲、界面乙");
        _setValue(_get(DatePicker.class, s -> s.withLabel("受理日期")), LocalDate.of(2024, 3, 4));
    }

    @Test
    void aDisputeIsAcceptedThroughTheFormAndAFollowUpRecorded() {
        fill("界面调〔2024〕1号");
        _click(_get(Button.class, s -> s.withId("save")));
        DisputeDetail saved = service.search(new DisputeFilter(null, null, null, null, null, "界面调〔2024〕1号"), 0, 1).get(0);
        assertThat(saved.parties()).containsExactly("界面甲", "界面乙");
        assertThat(saved.status()).isEqualTo(DisputeStatus.ACCEPTED);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("mediation/records/" + saved.id());

        _setValue(_get(DatePicker.class, s -> s.withLabel("回访日期")), LocalDate.of(2024, 4, 1));
        _click(_get(Button.class, s -> s.withId("add-follow-up")));
        assertThat(service.get(saved.id()).followUps()).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOutcomeWithoutAClosingDateIsExplained() {
        fill("界面调〔2024〕2号");
        _setValue((ComboBox<DisputeOutcome>) _get(ComboBox.class, s -> s.withLabel("结果")), DisputeOutcome.WRITTEN);
        _click(_get(Button.class, s -> s.withId("save")));
        DatePicker closed = _get(DatePicker.class, s -> s.withLabel("办结日期"));
        assertThat(closed.isInvalid()).isTrue();
        assertThat(closed.getErrorMessage()).isEqualTo("填写了调解结果的纠纷须填写办结日期");
        assertThat(service.count(new DisputeFilter(null, null, null, null, null, "界面调〔2024〕2号"))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFindsTheSavedRecord() {
        fill("界面调〔2024〕3号");
        _click(_get(Button.class, s -> s.withId("save")));
        UI.getCurrent().navigate("mediation/disputes");
        _setValue(_get(TextField.class, s -> s.withLabel("编号或当事人")), "界面调〔2024〕3号");
        Grid<DisputeDetail> grid = _get(Grid.class, s -> s.withId("disputes"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).disputeNo()).isEqualTo("界面调〔2024〕3号");
    }
}
