package org.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.org.OrgRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

class DocumentServiceTest extends DocumentsSpringTest {

    @Autowired
    DocumentNumbering numbering;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    int year;

    @BeforeEach
    void signIn() {
        signInAs("officer");
        year = LocalDate.now(clock).getYear();
    }

    private IssuedDocument issue(long orgId, CaseKind kind, long caseId, DocumentSamples.Sample sample) {
        return documents.issue(orgId, kind, caseId, sample.form());
    }

    @Test
    void numbersRunFromOnePerOrganisationYearAndType() {
        OrgRef squad = freshSquad("测执");
        long caseId = freshCaseId();

        IssuedDocument first = issue(squad.id(), CaseKind.PENALTY_CASE, caseId, DocumentSamples.priorNotice());
        IssuedDocument second = issue(squad.id(), CaseKind.PENALTY_CASE, caseId, DocumentSamples.priorNotice());
        IssuedDocument decision = issue(squad.id(), CaseKind.PENALTY_CASE, caseId, DocumentSamples.penaltyDecision());

        assertThat(first.number()).isEqualTo("测执罚告字〔" + year + "〕第1号");
        assertThat(second.number()).isEqualTo("测执罚告字〔" + year + "〕第2号");
        assertThat(decision.number()).isEqualTo("测执罚决字〔" + year + "〕第1号");
        assertThat(first.seqNo()).isEqualTo(1);
        assertThat(first.year()).isEqualTo(year);
        assertThat(first.issuedBy()).isEqualTo("officer");
        assertThat(first.issuedByName()).isEqualTo("李明");
    }

    @Test
    void eachOrganisationCountsOnItsOwn() {
        OrgRef a = freshSquad("甲队");
        OrgRef b = freshSquad("乙队");
        issue(a.id(), CaseKind.PENALTY_CASE, freshCaseId(), DocumentSamples.filing());
        issue(a.id(), CaseKind.PENALTY_CASE, freshCaseId(), DocumentSamples.filing());

        assertThat(issue(b.id(), CaseKind.PENALTY_CASE, freshCaseId(), DocumentSamples.filing()).number())
                .isEqualTo("乙队立审字〔" + year + "〕第1号");
        assertThat(issue(a.id(), CaseKind.PENALTY_CASE, freshCaseId(), DocumentSamples.filing()).seqNo()).isEqualTo(3);
    }

    @Test
    void eachYearCountsOnItsOwn() {
        OrgRef squad = freshSquad("年队");
        List<Integer> taken = tx.execute(s -> List.of(
                numbering.next(squad.id(), 2023, DocumentType.PENALTY_DECISION),
                numbering.next(squad.id(), 2024, DocumentType.PENALTY_DECISION),
                numbering.next(squad.id(), 2023, DocumentType.PENALTY_DECISION),
                numbering.next(squad.id(), 2024, DocumentType.PRIOR_NOTICE)));
        assertThat(taken).containsExactly(1, 1, 2, 1);
    }

    @Test
    void anOrganisationWithoutPrefixUsesItsCode() {
        OrgRef squad = freshSquad(null);
        IssuedDocument d = issue(squad.id(), CaseKind.PENALTY_CASE, freshCaseId(), DocumentSamples.closing());
        assertThat(d.number()).isEqualTo(squad.code() + "结审字〔" + year + "〕第1号");
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        OrgRef squad = freshSquad("退队");
        long caseId = freshCaseId();
        tx.executeWithoutResult(status -> {
            issue(squad.id(), CaseKind.PENALTY_CASE, caseId, DocumentSamples.serviceReceipt());
            status.setRollbackOnly();
        });
        IssuedDocument kept = issue(squad.id(), CaseKind.PENALTY_CASE, caseId, DocumentSamples.serviceReceipt());
        assertThat(kept.seqNo()).isEqualTo(1);
        assertThat(documents.list(CaseKind.PENALTY_CASE, caseId)).hasSize(1);
    }

    @Test
    void theStoredDocumentRendersWithItsNumberAndParties() {
        long caseId = freshCaseId();
        IssuedDocument d = issue(org(JD1), CaseKind.PENALTY_CASE, caseId, DocumentSamples.penaltyDecision());

        assertThat(d.number()).startsWith("东街罚决字〔" + year + "〕第").endsWith("号");
        DocumentContent content = documents.content(d.id());
        assertThat(content.number()).isEqualTo(d.number());
        assertThat(content.orgName()).isEqualTo("滨湖新区东湖街道办事处");
        String pdf = DocumentText.pdf(documents.renderPdf(d.id()));
        assertThat(pdf).contains(d.number(), "滨湖新区东湖街道办事处", "滨湖新区鑫源餐饮有限公司", "人民币伍万贰仟捌佰元整");
        assertThat(DocumentText.pdf(documents.renderPdf(d.id()))).isEqualTo(pdf);
        assertThat(DocumentText.docx(documents.renderDocx(d.id()))).contains(d.number(), "滨湖新区鑫源餐饮有限公司");
    }

    @Test
    void aVoidedDocumentKeepsItsNumberWhichIsNeverReused() {
        OrgRef squad = freshSquad("废队");
        long caseId = freshCaseId();
        IssuedDocument wrong = issue(squad.id(), CaseKind.PENALTY_CASE, caseId, DocumentSamples.priorNotice());

        IssuedDocument voided = documents.voidDocument(wrong.id(), "当事人名称有误");
        IssuedDocument next = issue(squad.id(), CaseKind.PENALTY_CASE, caseId, DocumentSamples.priorNotice());

        assertThat(voided.voided()).isTrue();
        assertThat(voided.voidReason()).isEqualTo("当事人名称有误");
        assertThat(voided.voidedBy()).isEqualTo("officer");
        assertThat(voided.number()).isEqualTo(wrong.number());
        assertThat(next.seqNo()).isEqualTo(2);
        assertThat(documents.list(CaseKind.PENALTY_CASE, caseId)).extracting(IssuedDocument::seqNo, IssuedDocument::voided)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, false));
        assertThat(DocumentText.pdf(documents.renderPdf(wrong.id()))).contains("已作废", "当事人名称有误", wrong.number());
        assertThat(DocumentText.docx(documents.renderDocx(wrong.id()))).contains("已作废");

        assertThatThrownBy(() -> documents.voidDocument(wrong.id(), "再次作废")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("已于此前作废");
        assertThatThrownBy(() -> documents.voidDocument(next.id(), "  ")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("理由");
    }

    @Test
    void theCaseFileHoldsEveryValidDocumentWithCoverAndContents() {
        long caseId = freshCaseId();
        long jd1 = org(JD1);
        IssuedDocument filing = issue(jd1, CaseKind.PENALTY_CASE, caseId, DocumentSamples.filing());
        IssuedDocument notice = issue(jd1, CaseKind.PENALTY_CASE, caseId, DocumentSamples.priorNotice());
        IssuedDocument wrong = issue(jd1, CaseKind.PENALTY_CASE, caseId, DocumentSamples.penaltyDecision());
        documents.voidDocument(wrong.id(), "处罚依据引用错误");
        IssuedDocument decision = issue(jd1, CaseKind.PENALTY_CASE, caseId, DocumentSamples.penaltyDecision());
        IssuedDocument receipt = issue(jd1, CaseKind.PENALTY_CASE, caseId, DocumentSamples.serviceReceipt());

        byte[] archive = documents.archivePdf(CaseKind.PENALTY_CASE, caseId,
                new ArchiveCover("东街执〔2024〕15号", "擅自搭建建筑物案", "滨湖新区鑫源餐饮有限公司", null, null, "长期"));
        String text = DocumentText.pdf(archive);

        assertThat(text).contains("行政处罚案件卷宗", "卷内文书目录", "东街执〔2024〕15号", "卷内文书4件");
        for (IssuedDocument d : List.of(filing, notice, decision, receipt)) {
            assertThat(text).contains(d.number(), d.title());
        }
        assertThat(text).doesNotContain(wrong.number());
        int documentPages = List.of(filing, notice, decision, receipt).stream()
                .mapToInt(d -> DocumentText.pdfPages(documents.renderPdf(d.id()))).sum();
        assertThat(DocumentText.pdfPages(archive)).isEqualTo(2 + documentPages);
    }

    @Test
    void anIssuedDocumentIsItsOwnRecordWhileVoidingItIsAuditedAndTheFileCountsWhatStands() {
        long caseId = freshCaseId();
        long jd1 = org(JD1);
        int issuedRows = auditRows("新增");
        IssuedDocument notice = issue(jd1, CaseKind.PENALTY_CASE, caseId, DocumentSamples.priorNotice());
        IssuedDocument wrong = issue(jd1, CaseKind.PENALTY_CASE, caseId, DocumentSamples.penaltyDecision());
        assertThat(auditRows("新增")).as("the document row says who issued it when").isEqualTo(issuedRows);
        assertThat(documents.countValid(CaseKind.PENALTY_CASE, caseId)).isEqualTo(2);

        int changedRows = auditRows("修改");
        documents.voidDocument(wrong.id(), "文号有误");
        assertThat(auditRows("修改")).as("voiding changes a document: audited").isEqualTo(changedRows + 1);
        assertThat(documents.countValid(CaseKind.PENALTY_CASE, caseId)).isEqualTo(1);
        assertThat(documents.list(CaseKind.PENALTY_CASE, caseId)).extracting(IssuedDocument::id).containsExactly(notice.id(), wrong.id());
    }

    private int auditRows(String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'CaseDocument' AND action = ?", Integer.class, action);
    }

    @Test
    void aCaseWithoutValidDocumentsHasNoFile() {
        assertThatThrownBy(() -> documents.archivePdf(CaseKind.PENALTY_CASE, freshCaseId()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("尚无有效文书");
    }

    @Test
    void mediationDocumentsBelongToDisputesNotToPenaltyCases() {
        assertThatThrownBy(() -> issue(org(JD1), CaseKind.PENALTY_CASE, freshCaseId(), DocumentSamples.agreement()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("调解协议书不能用于行政处罚案件");
        assertThatThrownBy(() -> issue(org(JD1), CaseKind.DISPUTE, freshCaseId(), DocumentSamples.penaltyDecision()))
                .isInstanceOf(BusinessRuleException.class);
        IssuedDocument agreement = issue(org(JD1), CaseKind.DISPUTE, freshCaseId(), DocumentSamples.agreement());
        assertThat(agreement.number()).contains("调协字");
    }

    @Test
    void anotherOrganisationsDocumentsAreOutOfReach() {
        long caseId = freshCaseId();
        IssuedDocument d = issue(org(JD1), CaseKind.PENALTY_CASE, caseId, DocumentSamples.priorNotice());

        signInAs("officer3");
        assertThatThrownBy(() -> documents.get(d.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.renderPdf(d.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.renderDocx(d.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.list(CaseKind.PENALTY_CASE, caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.archivePdf(CaseKind.PENALTY_CASE, caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.voidDocument(d.id(), "越权作废")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issue(org(JD1), CaseKind.PENALTY_CASE, caseId, DocumentSamples.priorNotice()))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("jd1leader");
        assertThat(documents.get(d.id()).number()).isEqualTo(d.number());
        assertThatThrownBy(() -> documents.voidDocument(d.id(), "领导不能作废")).isInstanceOf(AccessDeniedException.class);

        signInAs("admin");
        assertThat(documents.list(CaseKind.PENALTY_CASE, caseId)).hasSize(1);
    }

    @Test
    void aMediationFileIsNotReadByAnEnforcementOfficerOfTheSameStreet() {
        long caseId = freshCaseId();
        IssuedDocument agreement = issue(org(JD1), CaseKind.DISPUTE, caseId, DocumentSamples.agreement());

        assertThatThrownBy(() -> documents.get(agreement.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.renderPdf(agreement.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.list(CaseKind.DISPUTE, caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.archivePdf(CaseKind.DISPUTE, caseId)).isInstanceOf(AccessDeniedException.class);

        signInAs("jd1leader");
        assertThat(documents.list(CaseKind.DISPUTE, caseId)).extracting(IssuedDocument::number).containsExactly(agreement.number());
    }

    @Test
    void nobodySignedInGetsNothing() {
        IssuedDocument d = issue(org(JD1), CaseKind.PENALTY_CASE, freshCaseId(), DocumentSamples.priorNotice());
        signOut();
        assertThatThrownBy(() -> documents.get(d.id())).isInstanceOf(AccessDeniedException.class);
    }
}
