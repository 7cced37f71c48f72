package org.casework.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.casework.enforcement.ui.KaribuSupport;
import org.casework.staff.OfficerFilter;
import org.casework.staff.OfficerService;
import org.casework.org.OrgRef;
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
class OfficerViewTest {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired OfficerService officers;

    @BeforeEach
    void setUp() {
        KaribuSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSupport.tearDown();
    }

    @Test
    void anAdministratorRegistersAnOfficerAndAnOfficerOnlyReads() {
        KaribuSupport.signIn(users, "admin");
        UI.getCurrent().navigate("org/officers");
        _click(_get(Button.class, spec -> spec.withId("new-officer")));
        @SuppressWarnings("unchecked")
        ComboBox<OrgRef> org = _get(ComboBox.class, spec -> spec.withLabel("执法主体"));
        _setValue(org, org.getListDataView().getItems().filter(o -> o.code().equals("320599001")).findFirst().orElseThrow());
        String name = "界面" + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("姓名")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("执法证号")), "UI" + System.nanoTime());
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("在岗起")), LocalDate.of(2021, 1, 4));
        _click(_get(Button.class, spec -> spec.withId("save")));
        long id = officers.search(new OfficerFilter(null, name, false), 0, 1).get(0).id();

        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("org/officers");
        _assertNone(Button.class, spec -> spec.withId("new-officer"));
        UI.getCurrent().navigate("org/officers/" + id);
        _assertNone(Button.class, spec -> spec.withId("save"));
        assertThat(_get(TextField.class, spec -> spec.withLabel("姓名")).getValue()).isEqualTo(name);
    }
}
