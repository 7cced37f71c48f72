-- Issue 6: disputes worked through the mediation process (bpmn/mediation/DisputeMediationProcess.bpmn).
-- The dispute record stays in dispute (the columns the figures count); what the steps need besides lives
-- here. Portable SQL: H2 (MODE=MySQL), MySQL 8, MariaDB 10.11.

-- A dispute logged at intake is accepted (受理) only once no party refuses mediation (人民调解法 第十七条):
-- until then, and for ever when a party refuses, it has no acceptance date and is not counted as received.
ALTER TABLE dispute MODIFY accepted_date DATE NULL;

-- The time limits and follow-up periods per organisation and kind of mediation;
-- an organisation without a row uses its nearest ancestor's, failing that the defaults in
-- MediationSettings (人民调解 30 days, 行政调解 20 working days + 10, 矛调中心 30 days; 回访 15 days
-- after the agreement; 矛调中心 service levels 30 minutes / 3 working days / 21 days).
CREATE TABLE mediation_setting (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id                 BIGINT       NOT NULL,
    mediation_kind         VARCHAR(16)  NOT NULL,   -- PEOPLE, ADMINISTRATIVE, CENTRE
    limit_days             INT          NOT NULL,   -- the time limit of a mediation
    limit_working_days     BOOLEAN      NOT NULL,   -- counted in working days (else calendar days)
    extension_days         INT          NOT NULL,   -- the most one extension (with both parties' consent) adds
    follow_up_days         INT          NOT NULL,   -- 回访 so many days after the agreement
    reception_minutes      INT          NULL,       -- 矛调中心: reception within (service level)
    plan_working_days      INT          NULL,       -- 矛调中心: a plan within (working days)
    service_follow_up_days INT          NULL,       -- 矛调中心: follow-up within (days of the closing)
    updated_at             TIMESTAMP    NULL,
    updated_by             VARCHAR(64)  NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_mediation_setting UNIQUE (org_id, mediation_kind),
    CONSTRAINT fk_mediation_setting_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

-- Dispute numbers of disputes logged in the system: one sequence per mediation body and year.
CREATE TABLE dispute_sequence (
    org_id    BIGINT NOT NULL,
    seq_year  INT    NOT NULL,
    next_no   INT    NOT NULL,
    PRIMARY KEY (org_id, seq_year),
    CONSTRAINT fk_dispute_sequence_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

-- The procedure of a dispute logged in the system (1:1 with dispute): what each step recorded.
CREATE TABLE dispute_procedure (
    dispute_id                 BIGINT        NOT NULL PRIMARY KEY,
    received_at                TIMESTAMP     NOT NULL,   -- the application, visit or referral came in
    reception_at               TIMESTAMP     NOT NULL,   -- the intake was registered (接待)
    received_by                VARCHAR(64)   NOT NULL,
    referred_by                VARCHAR(200)  NULL,       -- the referring court or 公安 office (委托移送)
    request_text               TEXT          NULL,       -- 申请事项
    willingness_date           DATE          NULL,       -- the parties were asked whether they accept mediation
    refusal_note               VARCHAR(500)  NULL,       -- who refused, and why (第十七条)
    selection                  VARCHAR(16)   NULL,       -- ASSIGNED by the committee, CHOSEN by the parties (第十九条)
    plan_text                  TEXT          NULL,       -- 调解方案
    plan_date                  DATE          NULL,
    limit_days                 INT           NULL,       -- the time limit that applied at acceptance
    limit_working_days         BOOLEAN       NOT NULL DEFAULT FALSE,
    risk_reported_date         DATE          NULL,       -- reported to 公安 (第二十五条)
    risk_reported_to           VARCHAR(200)  NULL,
    risk_note                  TEXT          NULL,
    agreement_terms            TEXT          NULL,       -- the terms (written) or what was agreed orally (第三十条)
    performance_method         VARCHAR(500)  NULL,
    performance_deadline       DATE          NULL,
    agreement_document_id      BIGINT        NULL,
    termination_reason         TEXT          NULL,
    other_routes               TEXT          NULL,       -- advice on arbitration, administrative, judicial routes (第二十六条)
    follow_up_due_date         DATE          NULL,
    confirmation_due_date      DATE          NULL,       -- the last day to apply for judicial confirmation
    confirmation_applied_date  DATE          NULL,
    confirmation_court         VARCHAR(200)  NULL,
    confirmation_result        VARCHAR(16)   NULL,       -- CONFIRMED, REJECTED, NOT_APPLIED
    archived_date              DATE          NULL,
    version                    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_dispute_procedure_dispute FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE
);

-- The mediators of a dispute (第十九条); a recused one keeps the row with the date and reason.
CREATE TABLE dispute_mediator (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    dispute_id      BIGINT        NOT NULL,
    mediator_id     BIGINT        NOT NULL,
    assigned_date   DATE          NOT NULL,
    recused_date    DATE          NULL,
    recusal_reason  VARCHAR(500)  NULL,
    CONSTRAINT fk_dispute_mediator_dispute FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE,
    CONSTRAINT fk_dispute_mediator_mediator FOREIGN KEY (mediator_id) REFERENCES mediator (id)
);
CREATE INDEX ix_dispute_mediator_dispute ON dispute_mediator (dispute_id);
CREATE INDEX ix_dispute_mediator_mediator ON dispute_mediator (mediator_id, recused_date);

-- Mediation sessions, each recorded (调解笔录, 第二十二条).
CREATE TABLE dispute_session (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    dispute_id    BIGINT        NOT NULL,
    seq           INT           NOT NULL,
    held_at       TIMESTAMP     NOT NULL,
    place         VARCHAR(200)  NOT NULL,
    summary       TEXT          NOT NULL,
    result_text   TEXT          NOT NULL,
    next_step     VARCHAR(16)   NOT NULL,   -- CONTINUE, WRITTEN, ORAL, TERMINATE, REASSIGN
    risk_found    BOOLEAN       NOT NULL DEFAULT FALSE,
    document_id   BIGINT        NULL,
    recorded_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_dispute_session UNIQUE (dispute_id, seq),
    CONSTRAINT fk_dispute_session_dispute FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE
);

-- Extensions of the time limit, each with both parties' consent.
CREATE TABLE dispute_extension (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    dispute_id    BIGINT        NOT NULL,
    decided_date  DATE          NOT NULL,
    days          INT           NOT NULL,
    previous_due  DATE          NOT NULL,
    new_due       DATE          NOT NULL,
    consent_note  VARCHAR(500)  NOT NULL,   -- how each party consented
    recorded_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_dispute_extension_dispute FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE
);
CREATE INDEX ix_dispute_extension_dispute ON dispute_extension (dispute_id);

-- The timeline of a dispute: every step done, by whom and when (what the detail screen shows).
CREATE TABLE dispute_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    dispute_id   BIGINT        NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    step         VARCHAR(64)   NOT NULL,   -- the BPMN element (task, timer) the entry comes from
    summary      TEXT          NOT NULL,
    actor        VARCHAR(100)  NULL,
    CONSTRAINT fk_dispute_event_dispute FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE
);
CREATE INDEX ix_dispute_event_dispute ON dispute_event (dispute_id, occurred_at);
