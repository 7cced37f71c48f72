-- The case register: every record kind the yearly figures count (spec/figures.md, spec/ledger-import.md).
-- Dates are local dates in Asia/Shanghai. Amounts are DECIMAL yuan. Every record has an owning
-- organisation (org_id) and a number unique within it. origin = SCREEN (logged through the screens or
-- a workflow) or IMPORT (ledger import). data_quality holds notes on procedural defects (数据质量提示).

-- One registry of parties (persons and organisations) shared by every kind of case.
CREATE TABLE party (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    party_kind  VARCHAR(16)  NOT NULL,          -- PERSON 自然人, LEGAL_PERSON 法人, OTHER_ORG 其他组织
    name        VARCHAR(200) NOT NULL,
    id_number   VARCHAR(64)  NULL,              -- 身份证号 or 统一社会信用代码
    phone       VARCHAR(50)  NULL,
    address     VARCHAR(300) NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_party_id_number ON party (id_number);
CREATE INDEX ix_party_name ON party (name);

-- Enforcement officers (执法人员) and their certificates (执法证).
CREATE TABLE officer (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id                 BIGINT       NOT NULL,
    name                   VARCHAR(100) NOT NULL,
    certificate_no         VARCHAR(64)  NULL,
    certificate_valid_until DATE        NULL,
    on_duty_from           DATE         NOT NULL,
    off_duty_date          DATE         NULL,
    legal_qualification    BOOLEAN      NOT NULL DEFAULT FALSE,
    user_id                BIGINT       NULL,
    origin                 VARCHAR(16)  NOT NULL DEFAULT 'SCREEN',
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_officer_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_officer_org ON officer (org_id, certificate_no);
CREATE INDEX ix_officer_name ON officer (org_id, name);

-- Mediators (调解员) of a mediation body.
CREATE TABLE mediator (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id          BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    full_time       BOOLEAN      NOT NULL DEFAULT FALSE,
    appointed_date  DATE         NOT NULL,
    dismissed_date  DATE         NULL,
    user_id         BIGINT       NULL,
    origin          VARCHAR(16)  NOT NULL DEFAULT 'SCREEN',
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_mediator UNIQUE (org_id, name),
    CONSTRAINT fk_mediator_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

-- Administrative inspections (行政检查).
CREATE TABLE inspection (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id           BIGINT       NOT NULL,
    inspection_no    VARCHAR(100) NOT NULL,
    inspection_date  DATE         NOT NULL,
    target           VARCHAR(200) NULL,          -- 检查对象
    item             VARCHAR(200) NULL,          -- 检查事项
    party_id         BIGINT       NULL,
    result           VARCHAR(1000) NULL,
    origin           VARCHAR(16)  NOT NULL DEFAULT 'SCREEN',
    created_at       TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_inspection UNIQUE (org_id, inspection_no),
    CONSTRAINT fk_inspection_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_inspection_date ON inspection (org_id, inspection_date);

-- Penalty cases (处罚案件), simple (简易) and general (一般/普通) procedure, from lead to archive.
CREATE TABLE penalty_case (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id                  BIGINT        NOT NULL,
    case_no                 VARCHAR(100)  NOT NULL,
    procedure_type          VARCHAR(16)   NOT NULL,    -- SIMPLE, GENERAL
    status                  VARCHAR(32)   NOT NULL,    -- see PenaltyCaseStatus
    party_id                BIGINT        NULL,
    party_kind              VARCHAR(16)   NOT NULL,    -- PERSON, LEGAL_PERSON, OTHER_ORG
    party_name              VARCHAR(200)  NOT NULL,
    party_id_number         VARCHAR(64)   NULL,
    cause                   VARCHAR(500)  NOT NULL,    -- 案由
    enforcement_field       VARCHAR(64)   NULL,        -- 执法领域 (hearing thresholds per field)
    basis_source            VARCHAR(16)   NULL,        -- OWN, DELEGATED 赋权, ENTRUSTED 委托
    entrusting_organ        VARCHAR(200)  NULL,
    lead_source             VARCHAR(32)   NULL,        -- 线索来源
    lead_date               DATE          NULL,
    filed_date              DATE          NULL,        -- 立案日期
    extension_days          INT           NOT NULL DEFAULT 0,   -- approved extension of the 90-day limit
    paused_days             INT           NOT NULL DEFAULT 0,   -- hearing, testing, public notice, suspension
    decision_due_date       DATE          NULL,        -- filed + 90 + extension + paused
    decision_date           DATE          NULL,
    outcome                 VARCHAR(32)   NULL,        -- PENALTY, NO_PENALTY, TRANSFER, FILING_WITHDRAWN, NOT_FILED
    no_penalty_reason       VARCHAR(32)   NULL,        -- MINOR, FIRST_OFFENCE, NO_FAULT, FACTS_NOT_ESTABLISHED
    heaviest_type           VARCHAR(32)   NULL,        -- derived from the penalty items (figures.md order)
    fine_amount             DECIMAL(14,2) NULL,
    confiscation_amount     DECIMAL(14,2) NULL,
    penalty_amount          DECIMAL(14,2) NULL,        -- fine + valued confiscation
    legal_review_required   BOOLEAN       NOT NULL DEFAULT FALSE,  -- 行政处罚法 第五十八条
    legal_review_date       DATE          NULL,        -- completion
    first_defence_date      DATE          NULL,        -- first statement or defence received
    hearing_request_date    DATE          NULL,
    hearing_date            DATE          NULL,
    service_date            DATE          NULL,
    service_method          VARCHAR(32)   NULL,
    publication_date        DATE          NULL,
    publication_due_date    DATE          NULL,        -- decision + 7 working days
    publication_withdrawn_date DATE       NULL,
    transfer_type           VARCHAR(16)   NULL,        -- CRIMINAL, ADMINISTRATIVE
    transfer_organ          VARCHAR(100)  NULL,
    transfer_date           DATE          NULL,
    court_application_date  DATE          NULL,        -- 申请法院强制执行
    closed_date             DATE          NULL,
    archived_date           DATE          NULL,
    process_instance_id     VARCHAR(64)   NULL,
    data_quality            VARCHAR(2000) NULL,
    origin                  VARCHAR(16)   NOT NULL DEFAULT 'SCREEN',
    created_at              TIMESTAMP     NOT NULL,
    updated_at              TIMESTAMP     NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_penalty_case UNIQUE (org_id, case_no),
    CONSTRAINT fk_penalty_case_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_pc_decision ON penalty_case (org_id, decision_date);
CREATE INDEX ix_pc_filed ON penalty_case (org_id, filed_date);
CREATE INDEX ix_pc_closed ON penalty_case (org_id, closed_date);
CREATE INDEX ix_pc_review ON penalty_case (org_id, legal_review_date);
CREATE INDEX ix_pc_defence ON penalty_case (org_id, first_defence_date);
CREATE INDEX ix_pc_hearing_req ON penalty_case (org_id, hearing_request_date);
CREATE INDEX ix_pc_hearing ON penalty_case (org_id, hearing_date);
CREATE INDEX ix_pc_publication ON penalty_case (org_id, publication_date);
CREATE INDEX ix_pc_transfer ON penalty_case (org_id, transfer_date);
CREATE INDEX ix_pc_court_app ON penalty_case (org_id, court_application_date);
CREATE INDEX ix_pc_party ON penalty_case (party_id);
CREATE INDEX ix_pc_party_name ON penalty_case (party_name);
CREATE INDEX ix_pc_status ON penalty_case (org_id, status);

-- Penalty items of a decision (第九条 type + amount).
CREATE TABLE penalty_item (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    penalty_type  VARCHAR(32)   NOT NULL,
    amount        DECIMAL(14,2) NULL,
    CONSTRAINT fk_penalty_item_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_penalty_item_case ON penalty_item (case_id);

-- Handling officers of a case (at least two with a valid certificate for a general-procedure case).
CREATE TABLE case_officer (
    case_id     BIGINT      NOT NULL,
    officer_id  BIGINT      NOT NULL,
    officer_role VARCHAR(16) NOT NULL DEFAULT 'HANDLER',  -- HANDLER 主办, ASSISTANT 协办
    PRIMARY KEY (case_id, officer_id),
    CONSTRAINT fk_case_officer_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE,
    CONSTRAINT fk_case_officer_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
);

-- Collective discussions (集体讨论): one row per case per meeting.
CREATE TABLE collective_discussion (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    meeting_date  DATE          NOT NULL,
    conclusion    VARCHAR(2000) NULL,
    participants  VARCHAR(500)  NULL,
    CONSTRAINT fk_collective_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_collective_case ON collective_discussion (case_id);
CREATE INDEX ix_collective_date ON collective_discussion (meeting_date);

-- Statements and defences (陈述申辩) received.
CREATE TABLE statement_defence (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    received_date  DATE          NOT NULL,
    content        VARCHAR(2000) NULL,
    adopted        BOOLEAN       NULL,
    CONSTRAINT fk_defence_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_defence_case ON statement_defence (case_id);

-- Payments of fines and confiscations (实缴) and late surcharges (加处罚款), possibly in instalments.
CREATE TABLE penalty_payment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    paid_date         DATE          NOT NULL,
    amount            DECIMAL(14,2) NOT NULL DEFAULT 0,
    surcharge_amount  DECIMAL(14,2) NOT NULL DEFAULT 0,
    CONSTRAINT fk_payment_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_payment_case ON penalty_payment (case_id);
CREATE INDEX ix_payment_date ON penalty_payment (paid_date);

-- Administrative coercive measures (查封、扣押、冻结 …) decided in a case.
CREATE TABLE coercive_measure (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    measure_type  VARCHAR(16)  NOT NULL,     -- SEAL 查封, SEIZE 扣押, FREEZE 冻结, OTHER
    decided_date  DATE         NOT NULL,
    due_date      DATE         NULL,
    extended      BOOLEAN      NOT NULL DEFAULT FALSE,
    ended_date    DATE         NULL,
    description   VARCHAR(1000) NULL,
    CONSTRAINT fk_measure_case FOREIGN KEY (case_id) REFERENCES penalty_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_measure_case ON coercive_measure (case_id);
CREATE INDEX ix_measure_date ON coercive_measure (decided_date);

-- Reconsideration cases (行政复议) with the organisation as respondent (被申请人).
CREATE TABLE reconsideration_case (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id            BIGINT       NOT NULL,
    case_no           VARCHAR(100) NOT NULL,
    applicant_name    VARCHAR(200) NOT NULL,
    applicant_party_id BIGINT      NULL,
    received_date     DATE         NOT NULL,
    reply_due_date    DATE         NULL,
    concluded_date    DATE         NULL,
    outcome           VARCHAR(32)  NULL,       -- see ReconsiderationOutcome
    redo_ordered      BOOLEAN      NOT NULL DEFAULT FALSE,
    original_case_no  VARCHAR(100) NULL,
    penalty_case_id   BIGINT       NULL,
    reconsideration_organ VARCHAR(200) NULL,
    notes             VARCHAR(2000) NULL,
    data_quality      VARCHAR(2000) NULL,
    origin            VARCHAR(16)  NOT NULL DEFAULT 'SCREEN',
    created_at        TIMESTAMP    NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_reconsideration UNIQUE (org_id, case_no),
    CONSTRAINT fk_reconsideration_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_recon_received ON reconsideration_case (org_id, received_date);
CREATE INDEX ix_recon_concluded ON reconsideration_case (org_id, concluded_date);

-- Litigation (行政应诉): one row per court instance, the organisation as defendant (被告).
CREATE TABLE litigation_instance (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id             BIGINT       NOT NULL,
    court_case_no      VARCHAR(100) NOT NULL,
    instance_level     VARCHAR(16)  NOT NULL,   -- FIRST, SECOND, RETRIAL
    plaintiff_name     VARCHAR(200) NOT NULL,
    plaintiff_party_id BIGINT       NULL,
    court_name         VARCHAR(200) NULL,
    received_date      DATE         NOT NULL,   -- 收到起诉状日期
    hearing_date       DATE         NULL,
    head_appeared      BOOLEAN      NOT NULL DEFAULT FALSE,
    head_name          VARCHAR(100) NULL,
    head_role          VARCHAR(16)  NULL,       -- PRINCIPAL, DEPUTY, IN_CHARGE, OTHER_STAFF
    concluded_date     DATE         NULL,
    result             VARCHAR(32)  NULL,       -- see LitigationResult
    penalty_case_id    BIGINT       NULL,
    notes              VARCHAR(2000) NULL,
    data_quality       VARCHAR(2000) NULL,
    origin             VARCHAR(16)  NOT NULL DEFAULT 'SCREEN',
    created_at         TIMESTAMP    NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_litigation UNIQUE (org_id, court_case_no),
    CONSTRAINT fk_litigation_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_lit_received ON litigation_instance (org_id, received_date);
CREATE INDEX ix_lit_hearing ON litigation_instance (org_id, hearing_date);
CREATE INDEX ix_lit_concluded ON litigation_instance (org_id, concluded_date);

-- Disputes (调解案件) of a mediation body: 人民调解, 行政调解, 矛调中心.
CREATE TABLE dispute (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id                      BIGINT        NOT NULL,   -- the mediation body
    dispute_no                  VARCHAR(100)  NOT NULL,
    mediation_kind              VARCHAR(16)   NOT NULL,   -- PEOPLE, ADMINISTRATIVE, CENTRE
    intake_source               VARCHAR(16)   NOT NULL,   -- APPLIED, INITIATIVE, REFERRED
    category                    VARCHAR(32)   NOT NULL,   -- 纠纷类别 as recorded
    parties_text                VARCHAR(500)  NOT NULL,   -- the parties' names, 、-separated
    facts                       VARCHAR(4000) NULL,
    accepted_date               DATE          NOT NULL,
    due_date                    DATE          NULL,
    closed_date                 DATE          NULL,
    outcome                     VARCHAR(16)   NULL,       -- WRITTEN, ORAL, TERMINATED
    agreement_date              DATE          NULL,
    agreement_amount            DECIMAL(14,2) NULL,
    judicial_confirmation_date  DATE          NULL,
    risk_flag                   BOOLEAN       NOT NULL DEFAULT FALSE,
    persons_involved            INT           NULL,
    escalated                   BOOLEAN       NOT NULL DEFAULT FALSE,
    status                      VARCHAR(32)   NOT NULL,
    petition_id                 BIGINT        NULL,
    process_instance_id         VARCHAR(64)   NULL,
    data_quality                VARCHAR(2000) NULL,
    origin                      VARCHAR(16)   NOT NULL DEFAULT 'SCREEN',
    created_at                  TIMESTAMP     NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_dispute UNIQUE (org_id, dispute_no),
    CONSTRAINT fk_dispute_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_dispute_accepted ON dispute (org_id, accepted_date);
CREATE INDEX ix_dispute_closed ON dispute (org_id, closed_date);
CREATE INDEX ix_dispute_agreement ON dispute (org_id, agreement_date);
CREATE INDEX ix_dispute_confirmation ON dispute (org_id, judicial_confirmation_date);

CREATE TABLE dispute_party (
    dispute_id  BIGINT      NOT NULL,
    party_id    BIGINT      NOT NULL,
    seq         INT         NOT NULL,
    party_role  VARCHAR(16) NOT NULL DEFAULT 'PARTY',   -- APPLICANT, RESPONDENT, PARTY
    PRIMARY KEY (dispute_id, party_id),
    CONSTRAINT fk_dispute_party_dispute FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE,
    CONSTRAINT fk_dispute_party_party FOREIGN KEY (party_id) REFERENCES party (id)
);
CREATE INDEX ix_dispute_party_party ON dispute_party (party_id);

CREATE TABLE dispute_follow_up (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    dispute_id    BIGINT        NOT NULL,
    visit_date    DATE          NOT NULL,
    performance   VARCHAR(32)   NULL,      -- PERFORMED, PARTLY, NOT_PERFORMED
    satisfaction  VARCHAR(32)   NULL,
    notes         VARCHAR(2000) NULL,
    CONSTRAINT fk_follow_up_dispute FOREIGN KEY (dispute_id) REFERENCES dispute (id) ON DELETE CASCADE
);
CREATE INDEX ix_follow_up_dispute ON dispute_follow_up (dispute_id);

-- Petition and complaint channels: data, per deployment (admins edit the list).
CREATE TABLE petition_channel (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO petition_channel (code, name, sort_order) VALUES
 ('来访', '来访', 10), ('来信', '来信', 20), ('电话', '电话', 30), ('网上信访', '网上信访', 40),
 ('12345', '12345政务服务便民热线', 50), ('8890', '8890便民服务热线', 60), ('城运平台', '城市运行管理服务平台', 70),
 ('社会治理平台', '社会治理平台', 80), ('信访转办', '信访转办', 90), ('督办', '督办', 100),
 ('领导信箱', '领导信箱', 110), ('媒体', '媒体反映', 120), ('其他', '其他', 200);

-- Petitions and complaints (信访投诉).
CREATE TABLE petition (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id              BIGINT        NOT NULL,    -- 承办单位
    petition_no         VARCHAR(100)  NOT NULL,
    channel_code        VARCHAR(32)   NOT NULL,
    petitioner_name     VARCHAR(200)  NULL,
    petitioner_party_id BIGINT        NULL,
    subject             VARCHAR(500)  NULL,
    content             VARCHAR(4000) NULL,
    registered_date     DATE          NOT NULL,
    acknowledged_date   DATE          NULL,
    due_date            DATE          NULL,        -- 办理期限
    extended            BOOLEAN       NOT NULL DEFAULT FALSE,
    closed_date         DATE          NULL,
    reply               VARCHAR(4000) NULL,
    rating              VARCHAR(32)   NULL,        -- SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, NOT_RATED
    backlog             BOOLEAN       NOT NULL DEFAULT FALSE,   -- 积案
    resolved            BOOLEAN       NOT NULL DEFAULT FALSE,   -- 已化解
    status              VARCHAR(32)   NOT NULL,
    converted_dispute_id BIGINT       NULL,
    converted_case_id   BIGINT        NULL,
    process_instance_id VARCHAR(64)   NULL,
    data_quality        VARCHAR(2000) NULL,
    origin              VARCHAR(16)   NOT NULL DEFAULT 'SCREEN',
    created_at          TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_petition UNIQUE (org_id, petition_no),
    CONSTRAINT fk_petition_org FOREIGN KEY (org_id) REFERENCES org_unit (id),
    CONSTRAINT fk_petition_channel FOREIGN KEY (channel_code) REFERENCES petition_channel (code)
);
CREATE INDEX ix_petition_registered ON petition (org_id, registered_date);
CREATE INDEX ix_petition_closed ON petition (org_id, closed_date);

-- Frozen yearly figures (a leader's snapshot) and narrative yearly entries (填报).
CREATE TABLE figure_snapshot (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_year INT          NOT NULL,
    org_id      BIGINT       NOT NULL,
    subtree     BOOLEAN      NOT NULL,
    taken_at    TIMESTAMP    NOT NULL,
    taken_by    VARCHAR(64)  NOT NULL,
    figures     LONGTEXT     NOT NULL,
    CONSTRAINT fk_snapshot_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_snapshot ON figure_snapshot (org_id, report_year, subtree);

CREATE TABLE manual_yearly_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_year INT           NOT NULL,
    org_id      BIGINT        NOT NULL,
    item        VARCHAR(100)  NOT NULL,
    quantity    DECIMAL(14,2) NULL,
    unit        VARCHAR(20)   NULL,
    note        VARCHAR(2000) NULL,
    entered_by  VARCHAR(64)   NOT NULL,
    entered_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_manual_entry_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_manual_entry ON manual_yearly_entry (org_id, report_year);

-- Ledger imports (who, when, which file, what it did).
CREATE TABLE ledger_import (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name    VARCHAR(300) NOT NULL,
    imported_by  VARCHAR(64)  NOT NULL,
    started_at   TIMESTAMP    NOT NULL,
    finished_at  TIMESTAMP    NULL,
    outcome      VARCHAR(16)  NOT NULL,      -- SUCCEEDED, REJECTED, FAILED
    summary      VARCHAR(4000) NULL
);
