-- Numbered documents (文书): one number sequence per organisation, year and document type, and the
-- issued documents of every case kind. Portable SQL: H2 (MODE=MySQL), MySQL 8, MariaDB 10.11.

-- next_no is the number the next document of (org, year, type) gets. The issuing transaction
-- increments it with one UPDATE, which locks the row until commit: no gaps, no duplicates.
CREATE TABLE document_sequence (
    org_id    BIGINT      NOT NULL,
    doc_year  INT         NOT NULL,
    doc_type  VARCHAR(40) NOT NULL,
    next_no   INT         NOT NULL,
    PRIMARY KEY (org_id, doc_year, doc_type),
    CONSTRAINT fk_document_sequence_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

CREATE TABLE case_document (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_id          BIGINT       NOT NULL,
    case_kind       VARCHAR(16)  NOT NULL,      -- PENALTY_CASE, DISPUTE, PETITION
    case_id         BIGINT       NOT NULL,
    doc_type        VARCHAR(40)  NOT NULL,
    doc_no          VARCHAR(100) NOT NULL,      -- 东街罚决字〔2024〕第12号
    doc_year        INT          NOT NULL,
    seq_no          INT          NOT NULL,
    title           VARCHAR(200) NOT NULL,
    content         LONGTEXT     NOT NULL,      -- the structured content as JSON; renders identically again
    issued_at       TIMESTAMP    NOT NULL,
    issued_by       VARCHAR(64)  NOT NULL,
    issued_by_name  VARCHAR(100) NULL,
    voided          BOOLEAN      NOT NULL DEFAULT FALSE,
    void_reason     VARCHAR(500) NULL,
    voided_at       TIMESTAMP    NULL,
    voided_by       VARCHAR(64)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_document_no UNIQUE (org_id, doc_type, doc_year, seq_no),
    CONSTRAINT fk_case_document_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_case_document_case ON case_document (case_kind, case_id);
