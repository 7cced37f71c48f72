-- The petition workflow (bpmn/petitions/PetitionProcess.bpmn): who registered a petition, routing to the
-- handling unit (承办单位), the acknowledgement deadline, the step the process is at, the extension reason,
-- the reviews (复查, 复核) and a timeline of events. The columns the figures count (registered_date,
-- closed_date, due_date, rating, backlog, resolved) stay where they are; the workflow writes them.

ALTER TABLE petition ADD COLUMN registrar_org_id BIGINT NULL;            -- the office that registered it (信访工作机构)
ALTER TABLE petition ADD COLUMN routed_date DATE NULL;                   -- 转送/交办 to the handling unit
ALTER TABLE petition ADD COLUMN ack_due_date DATE NULL;                  -- 告知期限: registration + 15 days (第二十二条)
ALTER TABLE petition ADD COLUMN stage VARCHAR(32) NULL;                  -- the workflow step, see PetitionStage
ALTER TABLE petition ADD COLUMN extension_reason VARCHAR(500) NULL;      -- 延期理由 (第三十四条)
ALTER TABLE petition ADD COLUMN rated_date DATE NULL;
ALTER TABLE petition ADD COLUMN review_org_id BIGINT NULL;               -- 复查机关: the unit's superior (第三十五条)
ALTER TABLE petition ADD COLUMN review_requested_date DATE NULL;
ALTER TABLE petition ADD COLUMN review_due_date DATE NULL;               -- request + 30 days
ALTER TABLE petition ADD COLUMN review_date DATE NULL;                   -- 复查意见 given
ALTER TABLE petition ADD COLUMN review_opinion TEXT          NULL;
ALTER TABLE petition ADD COLUMN reexam_org_id BIGINT NULL;               -- 复核机关: the review body's superior (第三十六条)
ALTER TABLE petition ADD COLUMN reexam_requested_date DATE NULL;
ALTER TABLE petition ADD COLUMN reexam_due_date DATE NULL;
ALTER TABLE petition ADD COLUMN reexam_date DATE NULL;
ALTER TABLE petition ADD COLUMN reexam_opinion TEXT          NULL;

CREATE INDEX ix_petition_party ON petition (petitioner_party_id);
CREATE INDEX ix_petition_stage ON petition (org_id, stage);

-- What happened to a petition, in order: the timeline on its page.
CREATE TABLE petition_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    petition_id  BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,      -- see PetitionEventKind
    event_date   DATE          NOT NULL,      -- the date the event counts on (e.g. the acknowledgement date)
    detail       TEXT          NULL,
    actor        VARCHAR(100)  NULL,          -- user name; NULL for the process's own timers
    recorded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_petition_event_petition FOREIGN KEY (petition_id) REFERENCES petition (id) ON DELETE CASCADE
);
CREATE INDEX ix_petition_event_petition ON petition_event (petition_id, recorded_at);

-- Links between kinds: a dispute or a penalty case that came from a petition.
CREATE INDEX ix_dispute_petition ON dispute (petition_id);
