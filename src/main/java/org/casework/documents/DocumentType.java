package org.casework.documents;

/**
 * The numbered documents (文书) of the enforcement and mediation procedures. The type word goes into
 * the number: {@code 东街罚决字〔2024〕第12号}. Each type is numbered on its own per organisation and year.
 */
public enum DocumentType {
    FILING_APPROVAL("立案审批表", "立审字", Family.ENFORCEMENT),
    PRIOR_NOTICE("行政处罚事先告知书", "罚告字", Family.ENFORCEMENT),
    HEARING_RIGHTS_NOTICE("听证告知书", "听告字", Family.ENFORCEMENT),
    HEARING_NOTICE("听证通知书", "听通字", Family.ENFORCEMENT),
    HEARING_RECORD("听证笔录", "听录字", Family.ENFORCEMENT),
    LEGAL_REVIEW_OPINION("法制审核意见书", "法审字", Family.ENFORCEMENT),
    COLLECTIVE_DISCUSSION("集体讨论记录", "集讨字", Family.ENFORCEMENT),
    PENALTY_DECISION("行政处罚决定书", "罚决字", Family.ENFORCEMENT),
    ON_THE_SPOT_DECISION("当场行政处罚决定书", "当罚字", Family.ENFORCEMENT),
    SERVICE_RECEIPT("送达回证", "送字", Family.ENFORCEMENT),
    CLOSING_APPROVAL("结案审批表", "结审字", Family.ENFORCEMENT),
    MEDIATION_APPLICATION("调解申请书", "调申字", Family.MEDIATION),
    INTAKE_REGISTER("受理登记表", "调受字", Family.MEDIATION),
    RIGHTS_NOTICE("人民调解权利义务告知书", "调告字", Family.MEDIATION),
    MEDIATION_RECORD("调解笔录", "调录字", Family.MEDIATION),
    MEDIATION_AGREEMENT("调解协议书", "调协字", Family.MEDIATION),
    FOLLOW_UP_RECORD("回访记录", "调访字", Family.MEDIATION);

    /** Which procedure a type belongs to, and so which case kinds may carry it. */
    public enum Family { ENFORCEMENT, MEDIATION }

    private final String title;
    private final String typeWord;
    private final Family family;

    DocumentType(String title, String typeWord, Family family) {
        this.title = title;
        this.typeWord = typeWord;
        this.family = family;
    }

    /** The printed title, e.g. 行政处罚决定书. */
    public String title() {
        return title;
    }

    /** The word in the number between the org prefix and the year, e.g. 罚决字. */
    public String typeWord() {
        return typeWord;
    }

    public Family family() {
        return family;
    }

    /** Enforcement documents belong to penalty cases; mediation documents to disputes and petitions. */
    public boolean allowedFor(CaseKind kind) {
        return family == Family.ENFORCEMENT ? kind == CaseKind.PENALTY_CASE : kind != CaseKind.PENALTY_CASE;
    }

    /** The document number, e.g. 东街罚决字〔2024〕第12号. */
    public String number(String orgPrefix, int year, int seqNo) {
        return orgPrefix + typeWord + "〔" + year + "〕第" + seqNo + "号";
    }
}
