package org.casework.petitions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.casework.KaribuViews;
import org.casework.petitions.ChannelRef;
import org.casework.petitions.PetitionChannelService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ChannelAdminViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired PetitionChannelService channels;

    @BeforeEach
    void setUp() {
        KaribuViews.start(ctx, "admin");
    }

    @AfterEach
    void tearDown() {
        KaribuViews.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsAChannelAndADuplicateIsExplained() {
        UI.getCurrent().navigate("admin/channels");
        Grid<ChannelRef> grid = _get(Grid.class, s -> s.withId("channels"));
        int before = GridKt._size(grid);
        _setValue(_get(TextField.class, s -> s.withLabel("渠道代码")), "界面渠道");
        _setValue(_get(TextField.class, s -> s.withLabel("渠道名称")), "界面测试渠道");
        _click(_get(Button.class, s -> s.withId("save-channel")));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        assertThat(channels.find("界面渠道")).isPresent();

        _setValue(_get(TextField.class, s -> s.withLabel("渠道代码")), "来访");
        _setValue(_get(TextField.class, s -> s.withLabel("渠道名称")), "重复");
        _click(_get(Button.class, s -> s.withId("save-channel")));
        assertThat(_get(TextField.class, s -> s.withLabel("渠道代码")).getErrorMessage()).isEqualTo("渠道代码已存在：来访");
        channels.delete("界面渠道");
    }
}
