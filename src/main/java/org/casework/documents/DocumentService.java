package org.casework.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, renders and voids the numbered documents of a case. The calling feature service
 * checks the user's role for the step; this service checks that the document's organisation lies in
 * the user's scope, for reads and writes alike.
 *
 * <p>Numbers are {@code {org prefix}{type word}〔{year}〕第{n}号}, n counted per organisation, year and
 * type from 1 without gaps; a voided document keeps its number (it is never reused). The year is the
 * year of the issue date. Rendering runs outside any transaction of its own, so that laying out a long
 * case file does not hold a database connection.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    private final CaseDocumentRepository documents;
    private final DocumentNumbering numbering;
    private final OrgService orgs;
    private final CurrentUser currentUser;
    private final Clock clock;

    DocumentService(CaseDocumentRepository documents, DocumentNumbering numbering, OrgService orgs,
                    CurrentUser currentUser, Clock clock) {
        this.documents = documents;
        this.numbering = numbering;
        this.orgs = orgs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Fills in a typed form and issues it. */
    @Transactional
    public IssuedDocument issue(long orgId, CaseKind caseKind, long caseId, DocumentData form) {
        return issue(orgId, caseKind, caseId, form.toContent());
    }

    /**
     * Numbers and stores a document of a case, in the caller's transaction: if the caller rolls back,
     * the number is given back and the next document gets it.
     */
    @Transactional
    public IssuedDocument issue(long orgId, CaseKind caseKind, long caseId, DocumentContent content) {
        UserContext user = currentUser.requireScope(orgId);
        DocumentType type = content.type();
        if (caseKind == null || !type.allowedFor(caseKind)) {
            throw new BusinessRuleException("文书类型", type.title() + "不能用于" + (caseKind == null ? "未指明类型的案件" : caseKind.label()));
        }
        OrgRef org = orgs.get(orgId);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        int seqNo = numbering.next(orgId, year, type);
        String number = type.number(prefixOf(org), year, seqNo);
        DocumentContent issued = content.issued(org.name(), number, today);

        CaseDocument d = new CaseDocument();
        d.orgId = orgId;
        d.caseKind = caseKind;
        d.caseId = caseId;
        d.type = type;
        d.number = number;
        d.year = year;
        d.seqNo = seqNo;
        d.title = issued.title();
        d.content = ContentJson.write(issued);
        d.issuedAt = Instant.now(clock);
        d.issuedBy = user.username();
        d.issuedByName = user.displayName();
        // inserted at once (the id comes from the database); the caller's other changes are flushed at commit
        return documents.save(d).toIssued();
    }

    /** Every document of a case, voided ones included, in the order they were issued. */
    public List<IssuedDocument> list(CaseKind caseKind, long caseId) {
        currentUser.require(readers(caseKind));
        List<IssuedDocument> found = documents.listIssued(caseKind, caseId);
        found.forEach(d -> currentUser.requireScope(d.orgId()));
        return found;
    }

    /** How many documents of the case stand (not voided): what goes into its file (一案一卷). */
    public long countValid(CaseKind caseKind, long caseId) {
        currentUser.require(readers(caseKind));
        long valid = 0;
        for (Object[] row : documents.countValidByOrg(caseKind, caseId)) {
            currentUser.requireScope((Long) row[0]);
            valid += (Long) row[1];
        }
        return valid;
    }

    public IssuedDocument get(long id) {
        return load(id).toIssued();
    }

    /** The content as issued (number, body, date filled in). */
    public DocumentContent content(long id) {
        return ContentJson.read(load(id).content);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public byte[] renderPdf(long id) {
        CaseDocument d = load(id);
        return PdfRenderer.render(ContentJson.read(d.content), voidMark(d));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public byte[] renderDocx(long id) {
        CaseDocument d = load(id);
        DocumentContent content = ContentJson.read(d.content);
        if (d.voided) {
            content = withVoidNote(content, voidMark(d));
        }
        return DocxRenderer.render(content);
    }

    /** A draft as PDF, before issue: no number, the organisation's name and today's date filled in. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public byte[] previewPdf(long orgId, DocumentContent draft) {
        currentUser.requireScope(orgId);
        return PdfRenderer.render(draft.issued(orgs.get(orgId).name(), null, LocalDate.now(clock)));
    }

    /** The whole case file (一案一卷) with a plain cover: every document that is not voided. */
    public byte[] archivePdf(CaseKind caseKind, long caseId) {
        return archivePdf(caseKind, caseId, ArchiveCover.empty());
    }

    /** The whole case file with the cover the case screen knows (case number, title, parties, dates). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public byte[] archivePdf(CaseKind caseKind, long caseId, ArchiveCover cover) {
        currentUser.require(readers(caseKind));
        List<CaseDocument> valid = documents.findByCaseKindAndCaseIdOrderByIssuedAtAscIdAsc(caseKind, caseId).stream()
                .filter(d -> !d.voided)
                .toList();
        if (valid.isEmpty()) {
            throw new BusinessRuleException("卷宗", "本案尚无有效文书，无法生成卷宗");
        }
        valid.forEach(d -> currentUser.requireScope(d.orgId));
        String orgName = orgs.get(valid.get(0).orgId).name();
        List<DocumentContent> contents = valid.stream().map(d -> ContentJson.read(d.content)).toList();
        return PdfArchive.assemble(orgName, caseKind, cover == null ? ArchiveCover.empty() : cover, contents);
    }

    /**
     * Voids an issued document (e.g. a wrong party name): it stays in the list, marked, with its
     * number, which is never given to another document. Leaders, who only read, cannot void.
     */
    @Transactional
    public IssuedDocument voidDocument(long id, String reason) {
        UserContext user = currentUser.require(Role.OFFICER, Role.HEAD, Role.LEGAL_REVIEWER, Role.MEDIATOR,
                Role.PETITION_CLERK, Role.ADMIN);
        CaseDocument d = load(id);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("作废理由", "作废文书必须填写理由");
        }
        if (d.voided) {
            throw new BusinessRuleException("作废", d.number + " 已于此前作废");
        }
        d.voided = true;
        d.voidReason = reason.trim();
        d.voidedAt = Instant.now(clock);
        d.voidedBy = user.username();
        return documents.saveAndFlush(d).toIssued();
    }

    private CaseDocument load(long id) {
        CaseDocument d = documents.findById(id).orElseThrow(() -> new NotFoundException("文书不存在：" + id));
        currentUser.require(readers(d.caseKind));
        currentUser.requireScope(d.orgId);
        return d;
    }

    /**
     * Who may read the documents of a kind of case, within the organisation scope: the roles that work or
     * oversee such cases (an enforcement officer does not read a mediation file of the same street).
     */
    static Role[] readers(CaseKind kind) {
        return switch (kind) {
            case PENALTY_CASE -> new Role[] {Role.OFFICER, Role.LEGAL_REVIEWER, Role.HEAD, Role.LEADER, Role.ADMIN};
            case DISPUTE -> new Role[] {Role.MEDIATOR, Role.HEAD, Role.LEADER, Role.ADMIN};
            case PETITION -> new Role[] {Role.PETITION_CLERK, Role.HEAD, Role.LEADER, Role.ADMIN};
        };
    }

    private static String prefixOf(OrgRef org) {
        return org.docPrefix() == null || org.docPrefix().isBlank() ? org.code() : org.docPrefix();
    }

    private static String voidMark(CaseDocument d) {
        return d.voided ? "本文书已作废（" + d.voidReason + "）" : null;
    }

    private static DocumentContent withVoidNote(DocumentContent c, String mark) {
        List<Block> blocks = new java.util.ArrayList<>();
        blocks.add(new Block.Note(mark));
        blocks.addAll(c.blocks());
        return new DocumentContent(c.type(), c.title(), c.orgName(), c.number(), c.date(), blocks);
    }
}
