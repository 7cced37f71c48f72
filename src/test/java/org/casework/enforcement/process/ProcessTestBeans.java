package org.casework.enforcement.process;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.casework.enforcement.CaseFacts;
import org.casework.enforcement.EnforcementProcessHooks;

/**
 * The glue of the enforcement models registered for the in-memory engine, real, over mocked business
 * services: {@link #facts} answers the gateways, due dates and timers, {@link #hooks} records what the
 * service tasks were asked to do. By default a case is filed, proposes a penalty and needs nothing else.
 */
final class ProcessTestBeans {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    final CaseFacts facts = mock(CaseFacts.class);
    final EnforcementProcessHooks hooks = mock(EnforcementProcessHooks.class);
    final Clock clock = Clock.fixed(ZonedDateTime.of(TODAY.atTime(10, 0), SHANGHAI).toInstant(), SHANGHAI);

    ProcessTestBeans(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        lenient().when(facts.groupFor(anyLong(), any())).thenAnswer(a -> a.getArgument(1).toString() + "@320599001");
        lenient().when(facts.handlerUsername(anyLong())).thenReturn("officer");
        lenient().when(facts.due(anyLong(), anyString())).thenReturn(TODAY.plusDays(10));
        lenient().when(facts.decisionDay(anyLong(), anyInt())).thenAnswer(a -> TODAY.plusDays((Integer) a.getArgument(1)));
        lenient().when(facts.preservationDue(anyLong())).thenReturn(TODAY.plusDays(9));
        lenient().when(facts.caseFiled(anyLong())).thenReturn(true);
        lenient().when(facts.proposal(anyLong())).thenReturn(org.casework.enforcement.Proposal.PENALTY);
        lenient().when(facts.reviewOpinion(anyLong())).thenReturn(org.casework.documents.forms.ReviewConclusion.AGREE);
        lenient().when(facts.outcome(anyLong())).thenReturn("PENALTY");
        lenient().when(facts.moneyToPay(anyLong())).thenReturn(true);
        lenient().when(facts.simplePayment(anyLong())).thenReturn("COLLECTED");
        Mocks.register("enforcementTasks", new EnforcementTasks(facts));
        Mocks.register("enforcementRoutes", new EnforcementRoutes(facts));
        Mocks.register("enforcementClock", new EnforcementClockTimers(facts, clock));
        Mocks.register("recordClockWarning", new RecordClockWarningDelegate(hooks));
        Mocks.register("lapsePreservation", new LapsePreservationDelegate(hooks));
        Mocks.register("checkSimpleProcedureLimits", new CheckSimpleProcedureLimitsDelegate(hooks));
        Mocks.register("convertToGeneralProcedure", new ConvertToGeneralProcedureDelegate(hooks));
    }

    static void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }
}
