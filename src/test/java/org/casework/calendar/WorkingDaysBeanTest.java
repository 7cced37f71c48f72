package org.casework.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * In the running application the expression {@code ${workingDays.after(5)}} reaches the Spring bean
 * through the engine's Spring expression manager, with the application clock (Asia/Shanghai) and the
 * calendar from the database.
 */
@SpringBootTest
@ActiveProfiles("test")
class WorkingDaysBeanTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    WorkingDayTimers workingDays;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    Clock clock;

    @Test
    void aTimerOfADeployedModelUsesTheApplicationBean() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        ProcessInstance pi = runtime.startProcessInstanceByKey("TestHearingRequestWindow");
        try {
            Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
            LocalDate expectedDay = calendar.addWorkingDays(LocalDate.now(clock), 5).value();

            assertThat(timer.getDuedate()).isEqualTo(workingDays.after(5));
            assertThat(timer.getDuedate().toInstant().atZone(clock.getZone()).toLocalDate()).isEqualTo(expectedDay);
            assertThat(timer.getDuedate().toInstant().atZone(clock.getZone()).toLocalTime()).isEqualTo(WorkingDayTimers.END_OF_DAY);
            assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate()).isEqualTo(timer.getDuedate());
        } finally {
            runtime.deleteProcessInstance(pi.getId(), "test finished");
        }
    }
}
