package org.casework.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.casework.calendar.CalendarEntry;
import org.casework.calendar.CalendarService;
import org.casework.calendar.DayKind;
import org.casework.calendar.WorkCalendar;
import org.casework.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 工作日历 as the administrator: the bundled years, a year kept by hand (add, edit, remove, save, a
 * refused save), a CSV upload (good and bad), and the date check with its warning for an unloaded year.
 * Uses years no other test touches (2031–2034); 2027 stays unloaded.
 */
class CalendarAdminViewTest extends ViewTestBase {

    @Autowired
    CalendarService calendars;
    @Autowired
    WorkCalendar calendar;

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void showsTheBundledYearsAndTheDaysOf2024() {
        signInAs("admin");
        CalendarAdminView view = open("admin/calendar", CalendarAdminView.class);
        assertThat(text(view.loadedYears)).contains("2019—2026年");

        _setValue(view.years.year, 2024);
        assertThat(view.years.year.getItemLabelGenerator().apply(2024)).isEqualTo("2024年（已导入）");
        assertThat(view.years.year.getItemLabelGenerator().apply(2027)).isEqualTo("2027年（未导入）");
        assertThat(text(view.years.status)).isEqualTo("2024年的放假安排已导入，列出 36 天。");
        assertThat(GridKt._size(view.years.grid)).isEqualTo(36);
        assertThat(GridKt._getFormattedRow(view.years.grid, 1)).containsExactly("2024年2月4日", "星期日", "调休上班", "春节");
        assertThat(GridKt._getFormattedRow(view.years.grid, 2)).containsExactly("2024年2月10日", "星期六", "法定节假日", "春节");
    }

    @Test
    void aYearIsKeptByHandAndSavedAsAWhole() {
        signInAs("admin");
        CalendarAdminView view = open("admin/calendar", CalendarAdminView.class);
        YearEditor editor = view.years;
        _setValue(editor.year, 2031);
        assertThat(text(editor.status)).contains("2031年的放假安排尚未导入");
        assertThat(GridKt._size(editor.grid)).isZero();

        addDay(editor, "2031-01-04", DayKind.WORKDAY, "元旦");
        addDay(editor, "2031-01-01", DayKind.HOLIDAY, "元旦");
        addDay(editor, "2031-01-02", DayKind.HOLIDAY, "误填");
        assertThat(editor.unsaved.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(editor.grid, 0)).containsExactly("2031年1月1日", "星期三", "法定节假日", "元旦");

        // a date listed twice is refused in the dialog
        _click(editor.add);
        CalendarDayDialog twice = _get(CalendarDayDialog.class);
        _setValue(twice.date, LocalDate.parse("2031-01-01"));
        twice.confirm();
        assertThat(twice.date.getErrorMessage()).isEqualTo("2031年1月1日 已经登记过，请直接编辑该行");
        twice.close();

        GridKt._selectRow(editor.grid, 1);
        _click(editor.remove);
        GridKt._selectRow(editor.grid, 0);
        _click(editor.edit);
        CalendarDayDialog edit = _get(CalendarDayDialog.class);
        _setValue(edit.name, "元旦节");
        edit.confirm();

        _click(editor.save);
        assertThat(calendars.daysOf(2031)).containsExactly(
                new CalendarEntry(LocalDate.parse("2031-01-01"), DayKind.HOLIDAY, "元旦节"),
                new CalendarEntry(LocalDate.parse("2031-01-04"), DayKind.WORKDAY, "元旦"));
        assertThat(calendar.isYearLoaded(2031)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2031-01-04"))).isTrue();
        assertThat(editor.unsaved.isVisible()).isFalse();
        assertThat(text(editor.status)).isEqualTo("2031年的放假安排已导入，列出 2 天。");
        assertThat(editor.year.getItemLabelGenerator().apply(2031)).isEqualTo("2031年（已导入）");
        assertThat(notificationTexts()).contains("已保存2031年的放假安排，共 2 天");
    }

    @Test
    void aWrongYearIsRefusedWithTheReasonAndNothingIsStored() {
        signInAs("admin");
        CalendarAdminView view = open("admin/calendar", CalendarAdminView.class);
        YearEditor editor = view.years;
        _setValue(editor.year, 2032);

        _click(editor.save);
        assertThat(text(editor.error)).isEqualTo("2032年的安排为空：每年都有元旦、春节等法定节假日，请添加后再保存");

        addDay(editor, "2032-01-01", DayKind.HOLIDAY, "元旦");
        addDay(editor, "2032-03-03", DayKind.WORKDAY, "无此调休");
        _click(editor.save);
        assertThat(text(editor.error)).contains("是工作日，不需要登记为调休上班");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("不需要登记为调休上班"));
        assertThat(calendar.isYearLoaded(2032)).isFalse();
        assertThat(calendars.daysOf(2032)).isEmpty();
        assertThat(editor.unsaved.isVisible()).as("the rows stay for correcting").isTrue();
    }

    @Test
    void aCsvFileLoadsItsYearsAndABadFileLoadsNothing() {
        signInAs("admin");
        CalendarAdminView view = open("admin/calendar", CalendarAdminView.class);
        String good = "date,kind,name\n2033-01-01,HOLIDAY,元旦\n2033-01-29,WORKDAY,春节\n2034-01-01,HOLIDAY,元旦\n";

        UploadKt._upload(view.upload.upload, "2033-2034.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(text(view.upload.result)).isEqualTo("已导入 2033年、2034年 的放假安排（来源：2033-2034.csv）");
        assertThat(calendar.isYearLoaded(2033)).isTrue();
        assertThat(calendars.daysOf(2033)).hasSize(2);
        assertThat(text(view.loadedYears)).contains("2033—2034年");

        String bad = "2033-01-01,HOLIDAY,元旦\n2033-13-01,HOLIDAY,不存在的日子\n";
        UploadKt._upload(view.upload.upload, "bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(text(view.upload.result)).startsWith("文件“bad.csv”未导入：第2行日期格式不正确");
        assertThat(calendars.daysOf(2033)).as("unchanged").hasSize(2);
    }

    @Test
    void theDateCheckCountsAcrossTheSpringFestivalAndWarnsAboutAnUnloadedYear() {
        signInAs("admin");
        CalendarAdminView view = open("admin/calendar", CalendarAdminView.class);
        DateCheck check = view.check;

        _setValue(check.date, LocalDate.parse("2024-02-10"));
        _setValue(check.days, 5);
        _click(check.check);
        assertThat(check.results.getChildren().map(CalendarAdminViewTest::text).toList()).containsExactly(
                "2024年2月10日（星期六）：法定节假日（春节），不是工作日",
                "2024年2月10日 起第 5 个工作日：2024年2月22日（星期四）（起算日不计入）",
                "2024年2月10日 起 5 日（自然日）期间届满：2024年2月18日（星期日）（最后一日遇休息日顺延至下一个工作日）");
        assertThat(check.warnings.isVisible()).isFalse();

        _setValue(check.date, LocalDate.parse("2024-02-18"));
        _click(check.check);
        assertThat(text(check.results)).startsWith("2024年2月18日（星期日）：调休上班（春节），是工作日");

        _setValue(check.date, LocalDate.parse("2026-12-28"));
        _setValue(check.days, 10);
        _click(check.check);
        assertThat(check.warnings.isVisible()).isTrue();
        List<String> warnings = check.warnings.getChildren().map(CalendarAdminViewTest::text).toList();
        assertThat(warnings).first().isEqualTo("请注意");
        assertThat(warnings).anyMatch(w -> w.startsWith("2027年的法定节假日安排尚未导入"));
    }

    private static void addDay(YearEditor editor, String date, DayKind kind, String name) {
        _click(editor.add);
        CalendarDayDialog dialog = _get(CalendarDayDialog.class);
        _setValue(dialog.date, LocalDate.parse(date));
        _setValue(dialog.kind, kind);
        _setValue(dialog.name, name);
        dialog.confirm();
        assertThat(dialog.isOpened()).as("dialog for " + date + " closed").isFalse();
    }
}
