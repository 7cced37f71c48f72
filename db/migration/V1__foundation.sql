-- Foundation: organisations, users and roles, audit log, work calendar.
-- Portable SQL: H2 (MODE=MySQL), MySQL 8, MariaDB 10.11.

CREATE TABLE org_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    parent_id   BIGINT       NULL,
    org_type    VARCHAR(32)  NOT NULL,
    mediation_body_type VARCHAR(32) NULL,
    tree_path   VARCHAR(1000) NOT NULL,
    doc_prefix  VARCHAR(40)  NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

CREATE TABLE app_user (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    org_id               BIGINT       NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP    NULL,
    password_changed_at  TIMESTAMP    NULL,
    created_at           TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

CREATE TABLE audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP    NOT NULL,
    username    VARCHAR(64)  NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(64)  NULL,
    entity_id   VARCHAR(100) NULL,
    detail      VARCHAR(2000) NULL,
    remote_addr VARCHAR(64)  NULL
);
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id);

-- Official holidays (HOLIDAY) and make-up working days on a weekend (WORKDAY, 调休上班).
CREATE TABLE calendar_day (
    cal_date DATE        NOT NULL PRIMARY KEY,
    day_kind VARCHAR(16) NOT NULL,
    name     VARCHAR(64) NULL
);

-- The years whose official notice has been loaded; a computation reaching another year warns.
CREATE TABLE calendar_year (
    cal_year   INT          NOT NULL PRIMARY KEY,
    loaded_at  TIMESTAMP    NOT NULL,
    loaded_by  VARCHAR(64)  NULL,
    source     VARCHAR(200) NULL
);
