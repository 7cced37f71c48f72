package org.casework.petitions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Notifier;
import org.casework.petitions.ChannelRef;
import org.casework.petitions.PetitionChannelService;
import org.casework.security.Role;

/** 信访渠道: the deployment's channel list; administrators add, rename, reorder, deactivate and delete unused channels. */
@Route("admin/channels")
@PageTitle("信访渠道 · casework")
@Menu(title = "nav.channels", order = 92, icon = "vaadin:connect")
@RolesAllowed(Role.ADMIN_)
public class ChannelAdminView extends VerticalLayout {

    private final PetitionChannelService channels;
    private final Grid<ChannelRef> grid = new Grid<>();
    private final TextField code = new TextField("渠道代码");
    private final TextField name = new TextField("渠道名称");
    private final IntegerField order = new IntegerField("排序");

    public ChannelAdminView(PetitionChannelService channels) {
        this.channels = channels;
        addClassName("view-content");
        setSizeFull();
        grid.setId("channels");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ChannelRef::code).setHeader("渠道代码").setAutoWidth(true);
        grid.addColumn(ChannelRef::name).setHeader("渠道名称").setAutoWidth(true);
        grid.addColumn(ChannelRef::sortOrder).setHeader("排序");
        grid.addColumn(c -> c.active() ? "启用" : "已停用").setHeader("状态");
        grid.addComponentColumn(this::actions).setHeader("操作").setAutoWidth(true);
        grid.setSizeFull();
        order.setValue(100);
        Button add = new Button("保存渠道", e -> saveChannel());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("save-channel");
        HorizontalLayout editor = new HorizontalLayout(code, name, order, add);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.channels")),
                new Paragraph("渠道代码用于登记和台账导入，保存后不能修改；已被信访投诉使用的渠道不能删除，可以停用。"
                        + "选中一行可修改其名称和排序。"),
                editor, grid);
        grid.asSingleSelect().addValueChangeListener(e -> {
            ChannelRef c = e.getValue();
            code.setValue(c == null ? "" : c.code());
            code.setReadOnly(c != null);
            name.setValue(c == null ? "" : c.name());
            order.setValue(c == null ? 100 : c.sortOrder());
        });
        refresh();
    }

    private HorizontalLayout actions(ChannelRef c) {
        Button toggle = new Button(c.active() ? "停用" : "启用", e -> run(() -> channels.setActive(c.code(), !c.active()),
                c.active() ? "渠道已停用" : "渠道已启用"));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button("删除", e -> run(() -> channels.delete(c.code()), "渠道已删除"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(toggle, delete);
    }

    private void saveChannel() {
        ChannelRef selected = grid.asSingleSelect().getValue();
        int sort = order.getValue() == null ? 100 : order.getValue();
        try {
            if (selected == null) {
                channels.add(code.getValue(), name.getValue(), sort);
                Notifier.success("渠道已添加");
            } else {
                channels.rename(selected.code(), name.getValue(), sort);
                Notifier.success("渠道已修改");
            }
            grid.asSingleSelect().clear();
            refresh();
        } catch (BusinessRuleException e) {
            FormSupport.showViolations(e, FormSupport.byLabel(code, name));
        }
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notifier.success(done);
            refresh();
        } catch (BusinessRuleException e) {
            Notifier.error(e.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(channels.list(true));
    }
}
