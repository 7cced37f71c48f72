package org.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * BPMN timers say {@code ${workingDays.after(5)}} and {@code ${workingDays.afterDate(decisionDate, 7)}}:
 * the in-memory engine (camunda-unit.cfg.xml, job executor off) must put the timer job at the end of
 * the right working day in Asia/Shanghai, across the 2024 Spring Festival and National Day.
 */
class WorkingDayTimersTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-unit.cfg.xml").build();

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Thursday 2024-02-08, 10:00 in Shanghai: the last working day before the Spring Festival but one. */
    static final Clock BEFORE_SPRING_FESTIVAL = Clock.fixed(
            ZonedDateTime.of(2024, 2, 8, 10, 0, 0, 0, SHANGHAI).toInstant(), SHANGHAI);

    private final WorkingDayTimers workingDays = new WorkingDayTimers(BundledCalendarStore.workCalendar(), BEFORE_SPRING_FESTIVAL);

    @BeforeEach
    void registerBean() {
        // the Spring tests' engine may live in the same JVM: tell the assertions which engine to use
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("workingDays", workingDays);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private static Date endOfDayInShanghai(int year, int month, int day) {
        return Date.from(ZonedDateTime.of(year, month, day, 23, 59, 59, 0, SHANGHAI).toInstant());
    }

    @Test
    @Deployment(resources = "bpmn/calendar/TestHearingRequestWindow.bpmn")
    void hearingWindowTimerFiresAtTheEndOfTheFifthWorkingDay() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("TestHearingRequestWindow");

        assertThat(pi).isWaitingAt("Task_RecordHearingRequest");
        Job timer = job();
        // Fri 02-09, (02-10..02-17 off), Sun 02-18 (make-up working day), Mon 19, Tue 20, Wed 21
        assertThat(timer.getDuedate()).isEqualTo(endOfDayInShanghai(2024, 2, 21));
        assertThat(task(pi).getDueDate()).as("the task's due date is the same moment").isEqualTo(endOfDayInShanghai(2024, 2, 21));

        execute(timer);
        assertThat(pi).isEnded().hasPassed("Timer_HearingWindowClosed", "EndEvent_WindowClosed");
    }

    @Test
    @Deployment(resources = "bpmn/calendar/TestHearingRequestWindow.bpmn")
    void aRequestInTimeEndsTheWindow() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("TestHearingRequestWindow");

        complete(task(pi));
        assertThat(pi).isEnded().hasPassed("EndEvent_HearingRequested").hasNotPassed("EndEvent_WindowClosed");
    }

    @Test
    @Deployment(resources = "bpmn/calendar/TestPublicationDeadline.bpmn")
    void publicationTimerCountsFromTheDecisionDateVariable() {
        Date decidedAt = Date.from(ZonedDateTime.of(2024, 9, 30, 15, 0, 0, 0, SHANGHAI).toInstant());
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("TestPublicationDeadline", Map.of("decisionDate", decidedAt));

        assertThat(pi).isWaitingAt("Timer_PublicationDue");
        // (10-01..10-07 off) Tue 08, Wed 09, Thu 10, Fri 11, Sat 12 (make-up working day), Mon 14, Tue 15
        assertThat(job().getDuedate()).isEqualTo(endOfDayInShanghai(2024, 10, 15));

        execute(job());
        assertThat(pi).isEnded().hasPassed("EndEvent_PublicationDue");
    }

    @Test
    @Deployment(resources = "bpmn/calendar/TestPublicationDeadline.bpmn")
    void anIsoDateTextWorksAsTheStart() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("TestPublicationDeadline", Map.of("decisionDate", "2023-09-27"));

        assertThat(pi).isWaitingAt("Timer_PublicationDue");
        // Thu 09-28, (09-29..10-06 off), Sat 10-07, Sun 10-08 (make-up working days), Mon 09 .. Thu 12
        assertThat(job().getDuedate()).isEqualTo(endOfDayInShanghai(2023, 10, 12));
    }

    @Test
    void startValuesOfEveryUsualTypeGiveTheSameDay() {
        Date expected = endOfDayInShanghai(2024, 2, 21);
        assertThat(workingDays.after(5)).isEqualTo(expected);
        assertThat(workingDays.afterDate(LocalDate.of(2024, 2, 8), 5)).isEqualTo(expected);
        assertThat(workingDays.afterDate(LocalDateTime.of(2024, 2, 8, 18, 30), 5)).isEqualTo(expected);
        assertThat(workingDays.afterDate("2024-02-08T09:00:00", 5)).isEqualTo(expected);
        // 2024-02-07 20:00 UTC is already 02-08 04:00 in Shanghai
        assertThat(workingDays.afterDate(ZonedDateTime.of(2024, 2, 7, 20, 0, 0, 0, ZoneId.of("UTC")), 5)).isEqualTo(expected);
        assertThat(workingDays.afterDate(java.sql.Date.valueOf("2024-02-08"), 5)).isEqualTo(expected);
    }

    @Test
    void badStartValuesAreRefusedInChinese() {
        assertThatThrownBy(() -> workingDays.afterDate(null, 5)).hasMessageContaining("起算日期为空");
        assertThatThrownBy(() -> workingDays.afterDate("8.2.2024", 5)).hasMessageContaining("无法识别的起算日期");
        assertThatThrownBy(() -> workingDays.afterDate(42, 5)).hasMessageContaining("无法识别的起算日期类型");
        assertThatThrownBy(() -> workingDays.afterDate("2024-02-08", -1)).hasMessageContaining("不能为负数");
    }
}
