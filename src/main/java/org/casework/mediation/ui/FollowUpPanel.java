package org.casework.mediation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.FormSupport;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.mediation.DisputeDetail;
import org.casework.mediation.DisputeService;
import org.casework.mediation.FollowUpDetail;
import org.casework.mediation.FollowUpForm;
import org.casework.mediation.Performance;

/** The follow-up visits (回访) of a dispute, and a row to record a new one. */
class FollowUpPanel extends VerticalLayout {

    FollowUpPanel(DisputeService service, DisputeDetail dispute, boolean editable, Consumer<DisputeDetail> refreshed) {
        setPadding(false);
        Grid<FollowUpDetail> grid = new Grid<>();
        grid.setId("follow-ups");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(f -> Formats.date(f.visitDate())).setHeader("回访日期");
        grid.addColumn(f -> f.performance() == null ? "" : f.performance().label()).setHeader("履行情况");
        grid.addColumn(FollowUpDetail::satisfaction).setHeader("满意度");
        grid.addColumn(FollowUpDetail::notes).setHeader("回访情况");
        grid.setItems(dispute.followUps());
        grid.setAllRowsVisible(true);
        add(new H3("回访记录"), grid);
        if (!editable) {
            return;
        }
        DatePicker date = Formats.datePicker("回访日期");
        ComboBox<Performance> performance = new ComboBox<>("履行情况", Performance.values());
        performance.setItemLabelGenerator(Performance::label);
        ComboBox<String> satisfaction = new ComboBox<>("满意度", "满意", "基本满意", "不满意");
        TextField notes = new TextField("回访情况");
        Map<String, HasValidation> fields = FormSupport.byLabel(date, performance, satisfaction, notes);
        Button add = new Button("添加回访", e -> {
            try {
                DisputeDetail saved = service.addFollowUp(dispute.id(),
                        new FollowUpForm(date.getValue(), performance.getValue(), satisfaction.getValue(), notes.getValue()));
                Notifier.success("回访已记录");
                refreshed.accept(saved);
            } catch (BusinessRuleException ex) {
                FormSupport.showViolations(ex, fields);
            }
        });
        add.setId("add-follow-up");
        HorizontalLayout row = new HorizontalLayout(date, performance, satisfaction, notes, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(row);
    }
}
