package org.casework.enforcement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.casework.base.Origin;
import org.casework.party.PartyKind;
import org.hibernate.collection.spi.PersistentCollection;

/**
 * A penalty case (处罚案件), simple or general procedure, from lead to archive; identified by
 * organisation + 案号. Its children (penalty items, collective discussions, statements and defences,
 * payments, handling officers, coercive measures) belong to it alone. The columns below the form's
 * fields (heaviest type, amounts, first defence, due dates, status, data-quality notes) are derived by
 * {@link PenaltyCaseService} whenever the case changes, so that lists and figures read them directly.
 */
@Entity
@Table(name = "penalty_case")
class PenaltyCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "org_id", nullable = false)
    Long orgId;

    @Column(name = "case_no", nullable = false, length = 100)
    String caseNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_type", nullable = false, length = 16)
    ProcedureType procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    PenaltyCaseStatus status;

    @Column(name = "party_id")
    Long partyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, length = 16)
    PartyKind partyKind;

    @Column(name = "party_name", nullable = false, length = 200)
    String partyName;

    @Column(name = "party_id_number", length = 64)
    String partyIdNumber;

    @Column(nullable = false, length = 500)
    String cause;

    @Column(name = "enforcement_field", length = 64)
    String enforcementField;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_source", length = 16)
    BasisSource basisSource;

    @Column(name = "entrusting_organ", length = 200)
    String entrustingOrgan;

    @Column(name = "lead_source", length = 32)
    String leadSource;

    @Column(name = "lead_date")
    LocalDate leadDate;

    @Column(name = "filed_date")
    LocalDate filedDate;

    @Column(name = "extension_days", nullable = false)
    int extensionDays;

    @Column(name = "paused_days", nullable = false)
    int pausedDays;

    @Column(name = "decision_due_date")
    LocalDate decisionDueDate;

    @Column(name = "decision_date")
    LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    PenaltyOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_penalty_reason", length = 32)
    NoPenaltyReason noPenaltyReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "heaviest_type", length = 32)
    PenaltyType heaviestType;

    @Column(name = "fine_amount", precision = 14, scale = 2)
    BigDecimal fineAmount;

    @Column(name = "confiscation_amount", precision = 14, scale = 2)
    BigDecimal confiscationAmount;

    @Column(name = "penalty_amount", precision = 14, scale = 2)
    BigDecimal penaltyAmount;

    @Column(name = "legal_review_required", nullable = false)
    boolean legalReviewRequired;

    @Column(name = "legal_review_date")
    LocalDate legalReviewDate;

    @Column(name = "first_defence_date")
    LocalDate firstDefenceDate;

    @Column(name = "hearing_request_date")
    LocalDate hearingRequestDate;

    @Column(name = "hearing_date")
    LocalDate hearingDate;

    @Column(name = "service_date")
    LocalDate serviceDate;

    @Column(name = "service_method", length = 32)
    String serviceMethod;

    @Column(name = "publication_date")
    LocalDate publicationDate;

    @Column(name = "publication_due_date")
    LocalDate publicationDueDate;

    @Column(name = "publication_withdrawn_date")
    LocalDate publicationWithdrawnDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "transfer_type", length = 16)
    TransferType transferType;

    @Column(name = "transfer_organ", length = 100)
    String transferOrgan;

    @Column(name = "transfer_date")
    LocalDate transferDate;

    @Column(name = "court_application_date")
    LocalDate courtApplicationDate;

    @Column(name = "closed_date")
    LocalDate closedDate;

    @Column(name = "archived_date")
    LocalDate archivedDate;

    @Column(name = "process_instance_id", length = 64)
    String processInstanceId;

    @Column(name = "data_quality", length = 2000)
    String dataQuality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Origin origin = Origin.SCREEN;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    Instant updatedAt;

    @Version
    long version;

    /** {@link #decisionDate} as read from the database, see {@link #decisionDateChanged()}. */
    @Transient
    private LocalDate decisionDateAsRead;

    @ElementCollection
    @CollectionTable(name = "penalty_item", joinColumns = @JoinColumn(name = "case_id"))
    List<PenaltyItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "collective_discussion", joinColumns = @JoinColumn(name = "case_id"))
    List<CollectiveDiscussion> discussions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "statement_defence", joinColumns = @JoinColumn(name = "case_id"))
    List<StatementDefence> defences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "penalty_payment", joinColumns = @JoinColumn(name = "case_id"))
    List<PenaltyPayment> payments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "case_officer", joinColumns = @JoinColumn(name = "case_id"))
    List<CaseOfficer> officers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "coercive_measure", joinColumns = @JoinColumn(name = "case_id"))
    List<CoerciveMeasure> measures = new ArrayList<>();

    /** The case as the form shows it: {@link #recorded()}, normalised, so that it compares equal to an unchanged form. */
    PenaltyCaseForm toForm() {
        return recorded().normalised();
    }

    /**
     * The case as recorded, for deriving its columns after a workflow step: the fields as they stand and
     * the children as read-only views, so that a child table is read only if a rule looks at it. Unlike
     * {@link #toForm()} it is not normalised (the steps store clean values).
     */
    PenaltyCaseForm recorded() {
        return recorded(true);
    }

    /**
     * As {@link #recorded()}; without {@code readPayments} the payments are taken as none without reading
     * them, which holds for a case worked step by step before its decision (payments are recorded only
     * after one, and such a case is never edited on the record form or imported).
     */
    PenaltyCaseForm recorded(boolean readPayments) {
        return new PenaltyCaseForm(orgId, caseNo, procedure, partyKind, partyName, partyIdNumber, cause, enforcementField,
                basisSource, entrustingOrgan, leadSource, leadDate, filedDate, extensionDays, pausedDays,
                Collections.unmodifiableList(officers), decisionDate, outcome, noPenaltyReason, new ItemTypes(items), fineAmount,
                confiscationAmount, legalReviewRequired, legalReviewDate, Collections.unmodifiableList(discussions),
                Collections.unmodifiableList(defences), hearingRequestDate, hearingDate, serviceDate, serviceMethod,
                publicationDate, publicationWithdrawnDate, transferType, transferOrgan, transferDate,
                readPayments ? Collections.unmodifiableList(payments) : List.of(), Collections.unmodifiableList(measures),
                courtApplicationDate, closedDate, archivedDate);
    }

    /**
     * Whether the penalty items may have changed since the case was read: a stored list not even read has not
     * (a read one may have, flushed or not, and costs nothing more to look at).
     */
    boolean itemsMayHaveChanged() {
        return mayHaveChanged(items);
    }

    /** Whether the case may have payments: decided, or its payments read (and so perhaps added to) in this step. */
    boolean paymentsMayExist() {
        return decisionDate != null || mayHaveChanged(payments);
    }

    /** Whether the statements and defences may have changed since the case was read. */
    boolean defencesMayHaveChanged() {
        return mayHaveChanged(defences);
    }

    /** Whether the collective discussions may have changed since the case was read. */
    boolean discussionsMayHaveChanged() {
        return mayHaveChanged(discussions);
    }

    /** Whether the payments may have changed since the case was read. */
    boolean paymentsMayHaveChanged() {
        return mayHaveChanged(payments);
    }

    /** Whether the decision date differs from the one read (a case not read from the database has none read). */
    boolean decisionDateChanged() {
        return !Objects.equals(decisionDate, decisionDateAsRead);
    }

    @PostLoad
    void read() {
        decisionDateAsRead = decisionDate;
    }

    private static boolean mayHaveChanged(List<?> children) {
        return !(children instanceof PersistentCollection<?> stored) || stored.wasInitialized();
    }

    /** The types of the penalty items, read from the items only when asked. */
    private static final class ItemTypes extends AbstractList<PenaltyType> {
        private final List<PenaltyItem> items;

        ItemTypes(List<PenaltyItem> items) {
            this.items = items;
        }

        @Override
        public PenaltyType get(int index) {
            return items.get(index).type();
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    /** Takes the fields of a normalised, checked form; children are replaced only where they differ. */
    void apply(PenaltyCaseForm f) {
        orgId = f.orgId();
        caseNo = f.caseNo();
        procedure = f.procedure();
        partyKind = f.partyKind();
        partyName = f.partyName();
        partyIdNumber = f.partyIdNumber();
        cause = f.cause();
        enforcementField = f.enforcementField();
        basisSource = f.basisSource();
        entrustingOrgan = f.entrustingOrgan();
        leadSource = f.leadSource();
        leadDate = f.leadDate();
        filedDate = f.filedDate();
        extensionDays = f.extensionDays();
        pausedDays = f.pausedDays();
        decisionDate = f.decisionDate();
        outcome = f.outcome();
        noPenaltyReason = f.noPenaltyReason();
        fineAmount = f.fineAmount();
        confiscationAmount = f.confiscationAmount();
        legalReviewRequired = f.legalReviewRequired();
        legalReviewDate = f.legalReviewDate();
        hearingRequestDate = f.hearingRequestDate();
        hearingDate = f.hearingDate();
        serviceDate = f.serviceDate();
        serviceMethod = f.serviceMethod();
        publicationDate = f.publicationDate();
        publicationWithdrawnDate = f.publicationWithdrawnDate();
        transferType = f.transferType();
        transferOrgan = f.transferOrgan();
        transferDate = f.transferDate();
        courtApplicationDate = f.courtApplicationDate();
        closedDate = f.closedDate();
        archivedDate = f.archivedDate();
        replace(items, f.penaltyTypes().stream().map(t -> new PenaltyItem(t, amountOf(t, f))).toList());
        replace(discussions, f.discussions());
        replace(defences, f.defences());
        replace(payments, f.payments());
        replace(officers, f.officers());
        replace(measures, f.measures());
    }

    /** The amount an item carries: the fine for 罚款, the valued confiscation for 没收, none otherwise. */
    private static BigDecimal amountOf(PenaltyType type, PenaltyCaseForm f) {
        return switch (type) {
            case FINE -> f.fineAmount();
            case CONFISCATION -> f.confiscationAmount();
            default -> null;
        };
    }

    /** Replaces the children when they differ in content (the order they were loaded in does not count). */
    private static <T> void replace(List<T> current, List<T> wanted) {
        java.util.Comparator<T> byContent = java.util.Comparator.comparing(String::valueOf);
        if (!current.stream().sorted(byContent).toList().equals(wanted.stream().sorted(byContent).toList())) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
