package org.casework.enforcement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.casework.enforcement.InspectionFilter;
import org.casework.enforcement.InspectionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class InspectionViewTest {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired InspectionService inspections;

    @BeforeEach
    void setUp() {
        KaribuSupport.setUp(context);
        KaribuSupport.signIn(users, "officer");
    }

    @AfterEach
    void tearDown() {
        KaribuSupport.tearDown();
    }

    @Test
    void anOfficerLogsAnInspectionAndIsToldWhatIsMissing() {
        UI.getCurrent().navigate("enforcement/inspections");
        _click(_get(Button.class, spec -> spec.withId("new-inspection")));
        String no = "JC-UI-" + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("检查编号")), no);
        _click(_get(Button.class, spec -> spec.withId("save")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withLabel("检查日期"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("检查日期不能为空");

        _setValue(date, LocalDate.of(2024, 5, 6));
        _setValue(_get(TextField.class, spec -> spec.withLabel("检查对象")), "沿街商铺");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(inspections.count(new InspectionFilter(null, 2024, no))).isEqualTo(1);
    }
}
