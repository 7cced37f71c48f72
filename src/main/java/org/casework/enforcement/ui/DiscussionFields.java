package org.casework.enforcement.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.casework.documents.forms.Statement;
import org.casework.enforcement.WorkflowCommands.Discussion;

/**
 * 集体讨论: when, where, who chaired, recorded and attended, the case report, each participant's
 * opinion (one line each, "姓名：意见") and the conclusion. Used by the discussion step and by an
 * extension of the decision period beyond the head's 30 days.
 */
final class DiscussionFields extends FormLayout {

    private final DateTimePicker heldAt = new DateTimePicker("讨论时间");
    private final TextField place = new TextField("讨论地点");
    private final TextField chair = new TextField("主持人");
    private final TextField recorder = new TextField("记录人");
    private final TextField attendees = new TextField("出席人员（以顿号或逗号分隔）");
    private final TextArea report = new TextArea("案件情况汇报");
    private final TextArea opinions = new TextArea("讨论意见（每行一人：姓名：意见）");
    private final TextArea conclusion = new TextArea("讨论决定");

    DiscussionFields(Clock clock) {
        heldAt.setValue(LocalDateTime.now(clock).withSecond(0).withNano(0));
        add(heldAt, place, chair, recorder, attendees, report, opinions, conclusion);
        setColspan(attendees, 2);
        setColspan(report, 2);
        setColspan(opinions, 2);
        setColspan(conclusion, 2);
    }

    Discussion value() {
        return new Discussion(heldAt.getValue(), place.getValue(), chair.getValue(), recorder.getValue(), names(attendees.getValue()),
                report.getValue(), statements(opinions.getValue()), conclusion.getValue());
    }

    /** Names separated by 、，, or spaces. */
    static List<String> names(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[、，,；;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** One statement per line: "发言人：内容" (a line without a speaker keeps an empty speaker). */
    static List<Statement> statements(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
            int at = l.indexOf('：') >= 0 ? l.indexOf('：') : l.indexOf(':');
            return at > 0 ? new Statement(l.substring(0, at).strip(), l.substring(at + 1).strip()) : new Statement("", l);
        }).toList();
    }
}
