-- Issue 5: penalty cases worked through the BPMN processes (general procedure, simple procedure,
-- criminal transfer). The case record stays in penalty_case (the columns the figures count); what
-- the steps need besides lives here. Portable SQL: H2 (MODE=MySQL), MySQL 8, MariaDB 10.11.

-- Configurable numbers per organisation (legal defaults when an organisation and its ancestors have
-- no row): statement-and-defence window, hearing-request window, publication period; and the fixed
-- texts every decision needs (reconsideration body, court, where to pay, contact).
CREATE TABLE enforcement_setting (
    org_id                BIGINT       NOT NULL PRIMARY KEY,
    defence_days          INT          NOT NULL,    -- 陈述申辩 (working days; legal default 5)
    hearing_request_days  INT          NOT NULL,    -- 听证申请 (working days; 第六十四条: 5)
    publication_days      INT          NOT NULL,    -- 公开 (working days; 国办发〔2018〕118号: 7)
    reconsideration_body  VARCHAR(200) NULL,
    court                 VARCHAR(200) NULL,
    payment_account       VARCHAR(300) NULL,
    contact_person        VARCHAR(50)  NULL,
    contact_phone         VARCHAR(50)  NULL,
    contact_address       VARCHAR(200) NULL,
    updated_at            TIMESTAMP    NULL,
    updated_by            VARCHAR(64)  NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_enforcement_setting_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

-- "较大数额" for a hearing (第六十三条): per organisation, party kind and enforcement field
-- (field_key '' = every field). A fine or valued confiscation at or above the amount makes the
-- proposed penalty hearing-eligible.
CREATE TABLE hearing_threshold (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id               BIGINT        NOT NULL,
    party_kind           VARCHAR(16)   NOT NULL,    -- PERSON, LEGAL_PERSON, OTHER_ORG
    field_key            VARCHAR(64)   NOT NULL DEFAULT '',
    fine_amount          DECIMAL(14,2) NULL,
    confiscation_amount  DECIMAL(14,2) NULL,
    basis                VARCHAR(300)  NULL,        -- the local rule that sets the amount
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_hearing_threshold UNIQUE (org_id, party_kind, field_key),
    CONSTRAINT fk_hearing_threshold_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

-- Case numbers of cases opened in the system: one sequence per organisation, year and procedure.
CREATE TABLE penalty_case_sequence (
    org_id          BIGINT      NOT NULL,
    seq_year        INT         NOT NULL,
    procedure_type  VARCHAR(16) NOT NULL,
    next_no         INT         NOT NULL,
    PRIMARY KEY (org_id, seq_year, procedure_type),
    CONSTRAINT fk_penalty_case_sequence_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

-- The procedure of a case opened in the system (1:1 with penalty_case): what each step recorded.
CREATE TABLE case_procedure (
    case_id                  BIGINT        NOT NULL PRIMARY KEY,
    process_key              VARCHAR(64)   NOT NULL,   -- GeneralPenaltyProcedure, SimplePenaltyProcedure
    opened_by                VARCHAR(64)   NOT NULL,
    -- lead (线索)
    lead_summary             TEXT          NULL,
    lead_reference           VARCHAR(200)  NULL,       -- e.g. the petition number it came from
    party_known              BOOLEAN       NOT NULL DEFAULT TRUE,
    party_address            VARCHAR(200)  NULL,
    party_phone              VARCHAR(50)   NULL,
    party_representative     VARCHAR(100)  NULL,
    act_date                 DATE          NULL,       -- the act, or the end of a continuing act
    act_place                VARCHAR(200)  NULL,
    serious_harm             BOOLEAN       NOT NULL DEFAULT FALSE,  -- life/health/finance with harm: 5 years (第三十六条)
    lead_check_extended_by   VARCHAR(64)   NULL,
    lead_check_extended_on   DATE          NULL,
    lead_check_result        TEXT          NULL,
    suspected_violation      VARCHAR(500)  NULL,
    not_filed_reason         VARCHAR(32)   NULL,
    -- investigation report (调查终结报告)
    facts                    TEXT          NULL,
    evidence_summary         TEXT          NULL,
    violated_provision       VARCHAR(500)  NULL,
    penalty_basis            VARCHAR(500)  NULL,
    discretion               TEXT          NULL,
    proposal                 VARCHAR(32)   NULL,       -- PENALTY, NO_PENALTY, TRANSFER_CRIMINAL, TRANSFER_ADMINISTRATIVE
    proposal_no_penalty_reason VARCHAR(32) NULL,
    proposal_transfer_organ  VARCHAR(100)  NULL,
    legal_review_grounds     VARCHAR(300)  NULL,       -- why 第五十八条 applies
    complex_case             BOOLEAN       NOT NULL DEFAULT FALSE,  -- 情节复杂或者重大违法 (第五十七条第二款)
    reported_on              DATE          NULL,
    -- head approval of the proposal
    proposal_approved_by     VARCHAR(64)   NULL,
    proposal_approved_on     DATE          NULL,
    -- prior notice (事先告知) and the windows
    notice_issued_on         DATE          NULL,
    notice_served_on         DATE          NULL,
    hearing_eligible         BOOLEAN       NOT NULL DEFAULT FALSE,
    defence_window_end       DATE          NULL,
    hearing_window_end       DATE          NULL,
    rights_waived_on         DATE          NULL,       -- written waiver of statement, defence and hearing
    rights_waiver_note       VARCHAR(500)  NULL,
    defence_reviewed_on      DATE          NULL,
    -- hearing (听证)
    hearing_at               TIMESTAMP     NULL,
    hearing_place            VARCHAR(200)  NULL,
    hearing_presider_id      BIGINT        NULL,       -- officer
    hearing_public           BOOLEAN       NOT NULL DEFAULT TRUE,
    hearing_private_reason   VARCHAR(200)  NULL,
    hearing_notice_served_on DATE          NULL,
    hearing_outcome          VARCHAR(16)   NULL,       -- HELD, NO_SHOW, WITHDRAWN
    -- decision, service, publication
    decided_by               VARCHAR(64)   NULL,
    served_on_the_spot       BOOLEAN       NOT NULL DEFAULT FALSE,
    electronic_consent       BOOLEAN       NOT NULL DEFAULT FALSE,
    publication_due          DATE          NULL,
    decision_changed_on      DATE          NULL,
    decision_change_note     VARCHAR(500)  NULL,
    -- payment and enforcement
    payment_due              DATE          NULL,
    deferred_by              VARCHAR(64)   NULL,
    reminder_served_on       DATE          NULL,
    -- simple procedure
    certificate_shown        BOOLEAN       NOT NULL DEFAULT FALSE,
    statement_heard          TEXT          NULL,
    collected_on_the_spot    BOOLEAN       NOT NULL DEFAULT FALSE,
    handed_over_on           DATE          NULL,
    filed_with_agency_on     DATE          NULL,
    -- criminal transfer (两法衔接)
    transfer_decided_on      DATE          NULL,
    transfer_approved        BOOLEAN       NULL,
    transferred_at           TIMESTAMP     NULL,
    receiver_answer          VARCHAR(16)   NULL,       -- ACCEPTED, REFUSED
    receiver_answered_on     DATE          NULL,
    receiver_answer_note     VARCHAR(500)  NULL,
    -- end
    terminated_on            DATE          NULL,
    termination_reason       VARCHAR(500)  NULL,
    case_ended_on            DATE          NULL,       -- the end that starts the 15 working days for closing
    closing_reason           VARCHAR(32)   NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_case_procedure_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);

-- Proposed and notified penalty items (the no-heavier rule compares the decision with the notice).
CREATE TABLE proposed_penalty (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    stage         VARCHAR(16)   NOT NULL,      -- PROPOSED, NOTIFIED
    penalty_type  VARCHAR(32)   NOT NULL,
    amount        DECIMAL(14,2) NULL,
    detail        VARCHAR(300)  NULL,
    CONSTRAINT fk_proposed_penalty_case FOREIGN KEY (case_id) REFERENCES case_procedure (case_id) ON DELETE CASCADE
);
CREATE INDEX ix_proposed_penalty_case ON proposed_penalty (case_id);

-- Instalments or a deferral granted by the head (《行政处罚法》第六十六条).
CREATE TABLE payment_instalment (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id   BIGINT        NOT NULL,
    due_date  DATE          NOT NULL,
    amount    DECIMAL(14,2) NOT NULL,
    CONSTRAINT fk_payment_instalment_case FOREIGN KEY (case_id) REFERENCES case_procedure (case_id) ON DELETE CASCADE
);
CREATE INDEX ix_payment_instalment_case ON payment_instalment (case_id);

-- The step timeline of a case: who did what, when (全过程记录, 第四十七条).
CREATE TABLE case_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    event_day    DATE          NOT NULL,
    step         VARCHAR(48)   NOT NULL,
    action       VARCHAR(200)  NOT NULL,
    detail       TEXT          NULL,
    actor        VARCHAR(64)   NOT NULL,
    actor_name   VARCHAR(100)  NULL,
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_case_event_case ON case_event (case_id, occurred_at);

-- Intervals not counted in the 90-day decision period (中止, 听证, 公告, 检测鉴定 …; [SAMR] 第六十四条
-- 第二款) and intervals in which no late surcharge runs (复议, 诉讼; 《行政处罚法》第七十三条).
CREATE TABLE case_pause (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    from_date   DATE         NOT NULL,
    to_date     DATE         NULL,        -- exclusive; null while the pause runs
    reason      VARCHAR(500) NULL,
    started_by  VARCHAR(64)  NOT NULL,
    ended_by    VARCHAR(64)  NULL,
    CONSTRAINT fk_case_pause_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_case_pause_case ON case_pause (case_id);

-- Extensions of the decision period: +30 days by the head, beyond that only by collective discussion.
CREATE TABLE case_extension (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT       NOT NULL,
    days            INT          NOT NULL,
    approved_via    VARCHAR(24)  NOT NULL,   -- HEAD, COLLECTIVE_DISCUSSION
    approved_on     DATE         NOT NULL,
    approved_by     VARCHAR(64)  NOT NULL,
    approver_name   VARCHAR(100) NULL,
    reason          VARCHAR(500) NOT NULL,
    CONSTRAINT fk_case_extension_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_case_extension_case ON case_extension (case_id);

-- Legal reviews (法制审核) and case reviews (案件审核), one row per round.
CREATE TABLE case_review (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    kind            VARCHAR(16)   NOT NULL,   -- LEGAL, CASE
    submitted_on    DATE          NOT NULL,
    completed_on    DATE          NULL,
    reviewer        VARCHAR(64)   NULL,
    reviewer_name   VARCHAR(100)  NULL,
    opinion         VARCHAR(24)   NULL,       -- AGREE, CORRECT, INVESTIGATE_FURTHER
    reasons         TEXT          NULL,
    CONSTRAINT fk_case_review_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_case_review_case ON case_review (case_id);
CREATE INDEX ix_case_review_reviewer ON case_review (reviewer, kind, completed_on);

-- Records (笔录) and evidence (第四十六条) gathered in the investigation.
CREATE TABLE case_evidence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    taken_on      DATE          NOT NULL,
    description   TEXT          NULL,
    recorded_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_case_evidence_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_case_evidence_case ON case_evidence (case_id);

-- Preservation of evidence (先行登记保存, 第五十六条): decided within 7 working days or it lapses.
CREATE TABLE evidence_preservation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    preserved_on    DATE          NOT NULL,
    items           TEXT          NOT NULL,
    approved_by     VARCHAR(64)   NOT NULL,
    decide_by       DATE          NOT NULL,
    decided_on      DATE          NULL,
    decision        VARCHAR(24)   NULL,       -- SECURED, SENT_FOR_TESTING, SEIZED, CONFISCATED, RELEASED, LAPSED
    decision_note   VARCHAR(500)  NULL,
    CONSTRAINT fk_evidence_preservation_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_evidence_preservation_case ON evidence_preservation (case_id);

-- Recusal requests (回避, 第四十三条): the head decides; the investigation goes on meanwhile.
CREATE TABLE recusal_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT       NOT NULL,
    officer_id      BIGINT       NOT NULL,
    requested_on    DATE         NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    decided_on      DATE         NULL,
    granted         BOOLEAN      NULL,
    decided_by      VARCHAR(64)  NULL,
    replacement_id  BIGINT       NULL,
    CONSTRAINT fk_recusal_request_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_recusal_request_case ON recusal_request (case_id);
