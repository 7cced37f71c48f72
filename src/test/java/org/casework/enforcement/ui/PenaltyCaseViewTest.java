package org.casework.enforcement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.casework.enforcement.PenaltyCaseDetail;
import org.casework.enforcement.PenaltyCaseFilter;
import org.casework.enforcement.PenaltyCaseRow;
import org.casework.enforcement.PenaltyCaseService;
import org.casework.enforcement.PenaltyOutcome;
import org.casework.enforcement.PenaltyType;
import org.casework.enforcement.ProcedureType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** An officer logs a case through the plain form, and sees the rule he breaks next to the field. */
@SpringBootTest
@ActiveProfiles("test")
class PenaltyCaseViewTest {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired PenaltyCaseService cases;

    @BeforeEach
    void setUp() {
        KaribuSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSupport.tearDown();
    }

    @Test
    void anOfficerCreatesACaseAndSeesTheRuleHeBreaks() {
        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("enforcement/cases");
        _click(_get(Button.class, spec -> spec.withId("new-case")));
        _get(PenaltyCaseView.class);

        String caseNo = "东街罚〔2024〕界面" + System.nanoTime() + "号";
        _setValue(_get(TextField.class, spec -> spec.withLabel("案号")), caseNo);
        _setValue(_get(TextField.class, spec -> spec.withLabel("当事人")), "王小二");
        _setValue(_get(TextField.class, spec -> spec.withLabel("案由")), "占道经营");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("立案日期")), LocalDate.of(2024, 3, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("决定日期")), LocalDate.of(2024, 3, 20));
        _setValue(comboBox("决定结果"), PenaltyOutcome.PENALTY);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PenaltyType> types = _get(MultiSelectComboBox.class, spec -> spec.withLabel("处罚种类"));
        _setValue(types, Set.of(PenaltyType.FINE));
        BigDecimalField fine = _get(BigDecimalField.class, spec -> spec.withLabel("罚款金额"));
        _setValue(fine, new BigDecimal("500"));
        _click(_get(Button.class, spec -> spec.withId("save")));

        PenaltyCaseRow saved = cases.search(new PenaltyCaseFilter(null, null, null, null, caseNo), 0, 5).get(0);
        assertThat(saved.penaltyAmount()).isEqualByComparingTo("500");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("enforcement/cases/" + saved.id());

        // the same case as an on-the-spot fine of 5000 yuan on a person breaks 《行政处罚法》第五十一条
        _setValue(comboBox("程序"), ProcedureType.SIMPLE);
        fine = _get(BigDecimalField.class, spec -> spec.withLabel("罚款金额"));
        _setValue(fine, new BigDecimal("5000"));
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(fine.isInvalid()).isTrue();
        assertThat(fine.getErrorMessage()).contains("《行政处罚法》第五十一条").contains("200元");
        PenaltyCaseDetail unchanged = cases.get(saved.id());
        assertThat(unchanged.form().procedure()).isEqualTo(ProcedureType.GENERAL);
        assertThat(unchanged.penaltyAmount()).isEqualByComparingTo("500");
    }

    @Test
    void theListShowsTheCasesAndALeaderReadsWithoutEditing() {
        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("enforcement/cases/new");
        String caseNo = "东街罚〔2024〕只读" + System.nanoTime() + "号";
        _setValue(_get(TextField.class, spec -> spec.withLabel("案号")), caseNo);
        _setValue(_get(TextField.class, spec -> spec.withLabel("当事人")), "赵五");
        _setValue(_get(TextField.class, spec -> spec.withLabel("案由")), "违规设置户外广告");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("立案日期")), LocalDate.of(2024, 6, 1));
        _click(_get(Button.class, spec -> spec.withId("save")));

        KaribuSupport.signIn(users, "leader");
        UI.getCurrent().navigate("enforcement/cases");
        _assertNone(Button.class, spec -> spec.withId("new-case"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("案号或当事人")), caseNo);
        @SuppressWarnings("unchecked")
        Grid<PenaltyCaseRow> grid = _get(Grid.class, spec -> spec.withId("penalty-cases"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        PenaltyCaseRow row = GridKt._get(grid, 0);
        assertThat(row.caseNo()).isEqualTo(caseNo);

        UI.getCurrent().navigate("enforcement/cases/" + row.id());
        _assertNone(Button.class, spec -> spec.withId("save"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("案号")).isReadOnly()).isTrue();
    }

    @Test
    void anOfficerOfAnotherStreetIsRefusedTheCase() {
        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("enforcement/cases/new");
        String caseNo = "东街罚〔2024〕越权" + System.nanoTime() + "号";
        _setValue(_get(TextField.class, spec -> spec.withLabel("案号")), caseNo);
        _setValue(_get(TextField.class, spec -> spec.withLabel("当事人")), "李四");
        _setValue(_get(TextField.class, spec -> spec.withLabel("案由")), "乱张贴");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("立案日期")), LocalDate.of(2024, 5, 1));
        _click(_get(Button.class, spec -> spec.withId("save")));
        long id = cases.search(new PenaltyCaseFilter(null, null, null, null, caseNo), 0, 1).get(0).id();

        KaribuSupport.signIn(users, "officer3");
        UI.getCurrent().navigate("enforcement/cases/" + id);
        assertThat(_find(Paragraph.class, spec -> spec.withText("该记录不在您的机构范围内"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }
}
