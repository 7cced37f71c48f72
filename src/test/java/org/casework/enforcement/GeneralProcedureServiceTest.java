package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.casework.base.BusinessRuleException;
import org.casework.documents.CaseKind;
import org.casework.documents.DocumentService;
import org.casework.documents.DocumentType;
import org.casework.documents.IssuedDocument;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.tasks.TaskInboxService;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A general-procedure case worked step by step through the service: every step writes the columns the
 * yearly figures count, issues its numbered documents, and the process waits where it should.
 */
class GeneralProcedureServiceTest extends WorkflowTestBase {

    @Autowired
    DocumentService documents;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskService engineTasks;

    @Test
    void happyPathFromLeadToArchiveWritesTheFigureColumns() {
        long id = drive.lead("张三");
        as("officer");
        assertThat(steps(id)).containsExactly(GeneralPenaltyProcedure.TASK_CHECK_LEAD);
        assertThat(cases.get(id).status()).isEqualTo(PenaltyCaseStatus.LEAD);

        drive.check(id);
        drive.file(id);
        PenaltyCaseDetail filed = cases.get(id);
        assertThat(filed.form().filedDate()).isEqualTo(today());
        assertThat(filed.decisionDueDate()).isEqualTo(today().plusDays(90));
        assertThat(steps(id)).containsExactly(GeneralPenaltyProcedure.TASK_INVESTIGATE_CASE);

        drive.investigate(id);
        drive.report(id, List.of(ProposedPenalty.fine("500")), null);
        assertThat(steps(id)).containsExactly(GeneralPenaltyProcedure.TASK_REVIEW_CASE);
        drive.review(id, ReviewConclusion.AGREE);
        drive.approve(id);
        assertThat(steps(id)).containsExactly(GeneralPenaltyProcedure.TASK_NOTIFY_PARTY);

        drive.notifyParty(id);
        assertThat(steps(id)).containsExactly(GeneralPenaltyProcedure.TASK_HEAR_PARTY);
        CaseWork notified = workflow.work(id);
        assertThat(notified.procedure().hearingEligible()).isFalse();
        // Monday 2025-03-03 + 5 working days
        assertThat(notified.procedure().defenceWindowEnd()).isEqualTo(today().plusDays(7));

        clock.advanceDays(8);
        fireTimer(id, GeneralPenaltyProcedure.TIMER_RIGHTS_WINDOWS_CLOSED);
        assertThat(steps(id)).containsExactly(GeneralPenaltyProcedure.TASK_DECIDE_CASE);

        drive.decide(id, List.of(ProposedPenalty.fine("500")));
        PenaltyCaseDetail decided = cases.get(id);
        assertThat(decided.status()).isEqualTo(PenaltyCaseStatus.DECIDED);
        assertThat(decided.form().outcome()).isEqualTo(PenaltyOutcome.PENALTY);
        assertThat(decided.form().decisionDate()).isEqualTo(today());
        assertThat(decided.heaviestType()).isEqualTo(PenaltyType.FINE);
        assertThat(decided.penaltyAmount()).isEqualByComparingTo("500");
        assertThat(decided.publicationDueDate()).isNotNull();

        drive.serve(id);
        assertThat(steps(id)).containsExactlyInAnyOrder(GeneralPenaltyProcedure.TASK_PUBLISH_DECISION,
                GeneralPenaltyProcedure.TASK_COLLECT_PAYMENT);
        drive.publish(id);
        drive.pay(id, "500");
        assertThat(steps(id)).containsExactly(GeneralPenaltyProcedure.TASK_APPROVE_CLOSING);
        drive.close(id, ClosingReason.EXECUTED);
        drive.archive(id);

        as("officer");
        CaseWork archived = workflow.work(id);
        assertThat(archived.steps()).isEmpty();
        assertThat(archived.record().status()).isEqualTo(PenaltyCaseStatus.ARCHIVED);
        assertThat(archived.record().form().payments()).extracting(PenaltyPayment::amount).containsExactly(new BigDecimal("500.00"));
        assertThat(archived.record().form().publicationDate()).isEqualTo(today());
        assertThat(archived.record().dataQualityNotes()).isEmpty();
        assertThat(archived.record().heaviestType()).as("kept by the steps after the decision, which do not read the items")
                .isEqualTo(PenaltyType.FINE);
        assertThat(archived.record().penaltyAmount()).isEqualByComparingTo("500");
        assertThat(documents.list(CaseKind.PENALTY_CASE, id)).extracting(IssuedDocument::type).containsExactly(
                DocumentType.FILING_APPROVAL, DocumentType.PRIOR_NOTICE, DocumentType.PENALTY_DECISION,
                DocumentType.SERVICE_RECEIPT, DocumentType.CLOSING_APPROVAL);
        assertThat(archived.timeline()).extracting(TimelineEntry::action).contains("登记线索", "批准立案，办案期限开始计算",
                "送达行政处罚事先告知书", "作出决定：处罚", "罚没款已缴清", "批准结案：行政处罚决定执行完毕");
        assertThat(documents.archivePdf(CaseKind.PENALTY_CASE, id)).isNotEmpty();
    }

    @Test
    void aGroupTaskIsAssignedToWhoCompletedItAndTheTimelineIsNotCopiedIntoTheAuditLog() {
        int timelineAuditRows = count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'CaseEvent'");
        long id = drive.lead("李四");
        drive.check(id);
        int caseAuditRows = count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'PenaltyCase' AND entity_id = '" + id + "'");
        drive.file(id);

        HistoricTaskInstance filing = history.createHistoricTaskInstanceQuery().taskDefinitionKey(GeneralPenaltyProcedure.TASK_APPROVE_FILING)
                .processInstanceBusinessKey(cases.get(id).form().caseNo()).singleResult();
        assertThat(filing.getEndTime()).as("the filing approval, offered to the heads, is done").isNotNull();
        assertThat(filing.getAssignee()).as("claimed by the head who approved").isEqualTo("head");

        assertThat(count("SELECT COUNT(*) FROM case_event WHERE case_id = " + id)).as("timeline rows of the three steps").isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'CaseEvent'"))
                .as("the timeline is its own record of who did what").isEqualTo(timelineAuditRows);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'PenaltyCase' AND entity_id = '" + id + "'"))
                .as("the filing changed the case: audited").isGreaterThan(caseAuditRows);
    }

    @Test
    void aGroupTaskClaimedBySomeoneElseMeanwhileIsRefusedInChineseAndStaysOpen() {
        long id = drive.lead("王五");
        drive.check(id);
        as("head");
        TaskItem filing = workflow.work(id).steps().get(0).task();
        assertThat(filing.definitionKey()).isEqualTo(GeneralPenaltyProcedure.TASK_APPROVE_FILING);
        inbox.take(filing);
        engineTasks.setAssignee(filing.id(), "officer2");

        assertThatThrownBy(() -> inbox.complete(filing)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("已由 officer2 签收");
        assertThat(engineTasks.createTaskQuery().taskId(filing.id()).singleResult().getAssignee()).isEqualTo("officer2");
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    List<String> steps(long id) {
        return workflow.work(id).steps().stream().map(s -> s.task().definitionKey()).toList();
    }
}
