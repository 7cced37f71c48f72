package org.casework.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Procedural defects the register accepts but marks (数据质量提示): the record tells history as it
 * happened, and its screen shows where that history broke a procedural rule.
 */
final class DataQuality {

    /** The notes column holds 2000 characters; notes are joined by a line break. */
    static final int MAX_LENGTH = 2000;

    private static final String DEFENCE_AFTER_DECISION = "陈述申辩日期（";
    private static final String DISCUSSION_AFTER_DECISION = "集体讨论日期（";
    private static final String PAID_BEFORE_DECISION = "缴款日期（";
    private static final String PAYMENT_UNDATED = "填写了实缴金额或加处罚款但没有缴款日期";

    private DataQuality() {
    }

    /**
     * What a workflow step may take over from the stored notes instead of reading child rows it did not
     * touch: the lines on statements and discussions, and those on payments. Nothing is taken over from
     * notes cut to the column's length.
     */
    record Kept(String stored, boolean statements, boolean payments) {

        static final Kept NOTHING = new Kept(null, false, false);

        static Kept of(String stored, boolean statements, boolean payments) {
            boolean whole = stored == null || stored.length() < MAX_LENGTH;
            return new Kept(stored, whole && statements, whole && payments);
        }

        List<String> lines(String prefix) {
            return split(stored).stream().filter(line -> line.startsWith(prefix)).toList();
        }
    }

    /** The notes for a normalised case with its computed due dates. */
    static List<String> notes(PenaltyCaseForm f, LocalDate decisionDue, LocalDate publicationDue) {
        return notes(f, decisionDue, publicationDue, Kept.NOTHING);
    }

    /**
     * As {@link #notes(PenaltyCaseForm, LocalDate, LocalDate)}, with the lines {@code kept} says are unchanged
     * taken from the stored notes (their children are then not read).
     */
    static List<String> notes(PenaltyCaseForm f, LocalDate decisionDue, LocalDate publicationDue, Kept kept) {
        List<String> notes = new ArrayList<>();
        LocalDate decided = f.decisionDate();
        boolean decidedOnMerits = decided != null && f.outcome() != PenaltyOutcome.NOT_FILED;
        if (f.legalReviewRequired() && decidedOnMerits) {
            if (f.legalReviewDate() == null) {
                notes.add("需法制审核的案件未记录法制审核完成日期：重大执法决定应在作出决定前经法制审核（《行政处罚法》第五十八条）");
            } else if (f.legalReviewDate().isAfter(decided)) {
                notes.add("法制审核完成日期（" + f.legalReviewDate() + "）晚于决定日期（" + decided
                        + "）：重大执法决定应在作出决定前完成法制审核，本案不计入法制审核率（《行政处罚法》第五十八条）");
            }
        }
        if (decided != null && decisionDue != null && f.procedure() == ProcedureType.GENERAL && decided.isAfter(decisionDue)) {
            notes.add("决定日期（" + decided + "）晚于办案期限（" + decisionDue
                    + "，立案之日起90日，加批准延期和中止的天数）：超期作出决定（《行政处罚法》第六十条）");
        }
        if (decided != null) {
            if (kept.statements()) {
                notes.addAll(kept.lines(DEFENCE_AFTER_DECISION));
                notes.addAll(kept.lines(DISCUSSION_AFTER_DECISION));
            } else {
                f.defences().stream().map(StatementDefence::receivedDate).filter(d -> d != null && d.isAfter(decided)).findFirst()
                        .ifPresent(d -> notes.add(DEFENCE_AFTER_DECISION + d + "）晚于决定日期（" + decided
                                + "）：应在作出决定前听取当事人的陈述、申辩（《行政处罚法》第四十四条、第四十五条）"));
                f.discussions().stream().map(CollectiveDiscussion::meetingDate).filter(d -> d != null && d.isAfter(decided))
                        .findFirst().ifPresent(d -> notes.add(DISCUSSION_AFTER_DECISION + d + "）晚于决定日期（" + decided
                                + "）：集体讨论应在作出决定前进行（《行政处罚法》第五十七条第二款）"));
            }
            after(notes, "听证申请日期", f.hearingRequestDate(), decided, "：听证应在作出决定前申请和举行（《行政处罚法》第六十三条、第六十四条）");
            after(notes, "听证日期", f.hearingDate(), decided, "：应当根据听证笔录作出决定（《行政处罚法》第六十五条）");
            before(notes, "送达日期", f.serviceDate(), decided);
            before(notes, "公开日期", f.publicationDate(), decided);
            if (kept.payments()) {
                notes.addAll(kept.lines(PAID_BEFORE_DECISION));
            } else {
                f.payments().stream().map(PenaltyPayment::paidDate).filter(d -> d != null && d.isBefore(decided)).findFirst()
                        .ifPresent(d -> notes.add(PAID_BEFORE_DECISION + d + "）早于决定日期（" + decided + "）"));
            }
            before(notes, "结案日期", f.closedDate(), decided);
        }
        if (kept.payments()) {
            notes.addAll(kept.lines(PAYMENT_UNDATED));
        } else if (f.payments().stream().anyMatch(p -> p.paidDate() == null)) {
            notes.add(PAYMENT_UNDATED + "：该笔缴款不计入任何年度的罚没款缴纳数字");
        }
        if (f.publicationDate() != null && publicationDue != null && f.publicationDate().isAfter(publicationDue)) {
            notes.add("公开日期（" + f.publicationDate() + "）晚于决定后7个工作日（应于" + publicationDue
                    + "前公开）：行政处罚决定应在7个工作日内公开（国办发〔2018〕118号）");
        }
        if (f.filedDate() != null && f.closedDate() != null && f.closedDate().isBefore(f.filedDate())) {
            notes.add("结案日期（" + f.closedDate() + "）早于立案日期（" + f.filedDate() + "）");
        }
        if (f.leadDate() != null && f.filedDate() != null && f.filedDate().isBefore(f.leadDate())) {
            notes.add("立案日期（" + f.filedDate() + "）早于线索日期（" + f.leadDate() + "）");
        }
        return notes;
    }

    /** The notes as stored: one a line, cut to the column's length. */
    static String join(List<String> notes) {
        if (notes.isEmpty()) {
            return null;
        }
        String text = String.join("\n", notes);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }

    private static void after(List<String> notes, String label, LocalDate date, LocalDate decided, String rule) {
        if (date != null && date.isAfter(decided)) {
            notes.add(label + "（" + date + "）晚于决定日期（" + decided + "）" + rule);
        }
    }

    private static void before(List<String> notes, String label, LocalDate date, LocalDate decided) {
        if (date != null && date.isBefore(decided)) {
            notes.add(label + "（" + date + "）早于决定日期（" + decided + "）");
        }
    }
}
