package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.enforcement.process.SimplePenaltyProcedure;
import org.casework.party.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * The on-the-spot decision (简易程序) leads to the follow-up the fine needs: a fine left to be paid is
 * collected (with its payment due date), one collected on the spot is handed over; both are filed with
 * the agency. (The decided penalty used to be lost, so every fine went the "nothing to pay" way.)
 */
class OnTheSpotServiceTest extends WorkflowTestBase {

    @Test
    void aFineLeftToBePaidIsCollectedAndFiled() {
        as("officer");
        OnTheSpotResult r = workflow.decideOnTheSpot(form("当场丙", "150", false));
        assertThat(r.decided()).isTrue();
        CaseWork work = workflow.work(r.caseId());
        assertThat(steps(work)).containsExactlyInAnyOrder(SimplePenaltyProcedure.TASK_COLLECT_PAYMENT,
                SimplePenaltyProcedure.TASK_FILE_WITH_AGENCY);
        assertThat(work.procedure().paymentDue()).isNotNull();
        assertThat(work.record().form().fineAmount()).isEqualByComparingTo("150");
    }

    @Test
    void aFineCollectedOnTheSpotIsHandedOverAndFiled() {
        as("officer");
        OnTheSpotResult r = workflow.decideOnTheSpot(form("当场丁", "50", true));
        assertThat(steps(workflow.work(r.caseId()))).containsExactlyInAnyOrder(SimplePenaltyProcedure.TASK_HAND_OVER_FINE,
                SimplePenaltyProcedure.TASK_FILE_WITH_AGENCY);
    }

    private OnTheSpotForm form(String party, String fine, boolean collected) {
        return new OnTheSpotForm(jd1, PartyKind.PERSON, party, null, "幸福路18号", null, "乱扔垃圾", "市容环境",
                LocalDateTime.now(clock).minusMinutes(30), "幸福路18号门前", "当事人随地丢弃垃圾", "《城市市容和环境卫生管理条例》第三十二条",
                "《城市市容和环境卫生管理条例》第三十四条", new BigDecimal(fine), true, "当事人无异议", collected, false,
                List.of(drive.liMing, drive.zhaoQiang));
    }

    private static List<String> steps(CaseWork work) {
        return work.steps().stream().map(s -> s.task().definitionKey()).toList();
    }
}
