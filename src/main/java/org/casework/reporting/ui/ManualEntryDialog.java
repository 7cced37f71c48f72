package org.casework.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.casework.base.BusinessRuleException;
import org.casework.base.RuleViolation;
import org.casework.reporting.ManualEntry;
import org.casework.reporting.ManualEntryForm;

/** Enters or edits one 填报 item (事项, 数量, 单位, 说明); the rules are the service's, shown at the fields. */
class ManualEntryDialog extends Dialog {

    final TextField item = new TextField("事项");
    final BigDecimalField quantity = new BigDecimalField("数量");
    final TextField unit = new TextField("单位");
    final TextArea note = new TextArea("说明");

    ManualEntryDialog(int year, String orgCode, ManualEntry existing, Consumer<ManualEntryForm> save) {
        setHeaderTitle((existing == null ? "新增" : "修改") + "填报事项（" + year + "年）");
        setId("entry-dialog");
        item.setId("entry-item");
        item.setRequiredIndicatorVisible(true);
        item.setHelperText("如：普法活动、培训人次、规范性文件、重大行政决策");
        item.setMaxLength(100);
        quantity.setId("entry-quantity");
        unit.setId("entry-unit");
        unit.setMaxLength(20);
        note.setId("entry-note");
        note.setMaxLength(2000);
        if (existing != null) {
            item.setValue(existing.item());
            quantity.setValue(existing.quantity());
            unit.setValue(existing.unit() == null ? "" : existing.unit());
            note.setValue(existing.note() == null ? "" : existing.note());
        }
        FormLayout form = new FormLayout(item, quantity, unit, note);
        form.setColspan(note, 2);
        add(form);
        Button ok = new Button("保存", e -> {
            try {
                save.accept(new ManualEntryForm(existing == null ? null : existing.id(), year, orgCode, item.getValue(),
                        quantity.getValue(), unit.getValue(), note.getValue()));
                close();
            } catch (BusinessRuleException ex) {
                show(ex);
            }
        });
        ok.setId("entry-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("取消", e -> close());
        getFooter().add(cancel, ok);
    }

    private void show(BusinessRuleException ex) {
        for (RuleViolation v : ex.violations()) {
            switch (v.field() == null ? "" : v.field()) {
                case "事项" -> invalid(item, v.message());
                case "单位" -> invalid(unit, v.message());
                case "说明" -> invalid(note, v.message());
                default -> {
                    quantity.setInvalid(true);
                    quantity.setErrorMessage(v.message());
                }
            }
        }
    }

    private static void invalid(TextField field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }

    private static void invalid(TextArea field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }
}
