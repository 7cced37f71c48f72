package org.casework.enforcement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.stream.IntStream;
import org.casework.enforcement.PenaltyCaseFilter;
import org.casework.enforcement.PenaltyCaseRow;
import org.casework.enforcement.ProposedPenalty;
import org.casework.staff.OfficerRef;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.junit.jupiter.api.Test;

/**
 * The reviewers' and heads' queue shows what waits for their post (claimed or not) and opens the case;
 * officers have no queue. The case list filters by the decision period, handling officer and party.
 */
class ReviewQueueViewTest extends CaseScreensTestBase {

    @Test
    void reviewersAndHeadsSeeTheirQueueAndOfficersHaveNone() {
        long reported = drive.lead("队列甲");
        drive.check(reported);
        drive.file(reported);
        drive.investigate(reported);
        drive.report(reported, List.of(ProposedPenalty.fine("800")), null);
        long toFile = drive.lead("队列乙");
        drive.check(toFile);
        String reportedNo = caseNo(reported);
        String toFileNo = caseNo(toFile);

        KaribuSupport.signIn(users, "reviewer");
        UI.getCurrent().navigate("enforcement/queue");
        assertThat(rows()).extracting(TaskItem::businessKey).contains(reportedNo).doesNotContain(toFileNo);

        KaribuSupport.signIn(users, "head");
        UI.getCurrent().navigate("enforcement/queue");
        assertThat(rows()).extracting(TaskItem::businessKey).contains(toFileNo).doesNotContain(reportedNo);
        @SuppressWarnings("unchecked")
        ComboBox<String> step = _get(ComboBox.class, spec -> spec.withLabel("步骤"));
        _setValue(step, "审批立案");
        assertThat(rows()).isNotEmpty().allSatisfy(t -> assertThat(t.name()).isEqualTo("审批立案"));
        @SuppressWarnings("unchecked")
        Grid<TaskItem> grid = _get(Grid.class, spec -> spec.withId("review-queue"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).businessKey().equals(toFileNo)).findFirst().orElseThrow();
        GridKt._clickItem(grid, row);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("enforcement/work/" + toFile);

        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).doesNotContain("/enforcement/queue");
        Throwable refused = catchThrowable(() -> UI.getCurrent().navigate(ReviewQueueView.class));
        if (refused != null) {
            assertThat(refused).hasMessageContaining("AccessDeniedException");
        }
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(ReviewQueueView.class::isInstance);
    }

    @Test
    void theCaseListFiltersByDecisionPeriodOfficerAndParty() {
        long overdue = drive.lead("期限丙");
        drive.check(overdue);
        drive.file(overdue);
        clock.advanceDays(100);
        long fresh = drive.lead("期限丁");
        drive.check(fresh);
        drive.file(fresh);

        KaribuSupport.signIn(users, "officer");
        UI.getCurrent().navigate("enforcement/cases");
        _setValue(_get(TextField.class, spec -> spec.withLabel("当事人")), "期限");
        assertThat(listed()).extracting(PenaltyCaseRow::id).contains(overdue, fresh);
        @SuppressWarnings("unchecked")
        ComboBox<PenaltyCaseFilter.DeadlineFilter> deadline = _get(ComboBox.class, spec -> spec.withLabel("办案期限"));
        _setValue(deadline, PenaltyCaseFilter.DeadlineFilter.OVERDUE);
        assertThat(listed()).extracting(PenaltyCaseRow::id).containsExactly(overdue);
        _setValue(deadline, null);
        @SuppressWarnings("unchecked")
        ComboBox<OfficerRef> officer = _get(ComboBox.class, spec -> spec.withLabel("承办人员"));
        _setValue(officer, officer.getListDataView().getItems().filter(o -> o.id() == drive.wangLei).findFirst().orElseThrow());
        assertThat(listed()).extracting(PenaltyCaseRow::id).doesNotContain(overdue, fresh);
        _setValue(officer, officer.getListDataView().getItems().filter(o -> o.id() == drive.liMing).findFirst().orElseThrow());
        assertThat(listed()).extracting(PenaltyCaseRow::id).contains(overdue, fresh);
    }

    private String caseNo(long id) {
        return read(id).record().form().caseNo();
    }

    private static List<TaskItem> rows() {
        @SuppressWarnings("unchecked")
        Grid<TaskItem> grid = _get(Grid.class, spec -> spec.withId("review-queue"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static List<PenaltyCaseRow> listed() {
        @SuppressWarnings("unchecked")
        Grid<PenaltyCaseRow> grid = _get(Grid.class, spec -> spec.withId("penalty-cases"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
