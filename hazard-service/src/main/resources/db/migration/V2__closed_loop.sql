-- The closed loop (闭环) of a hazard: where it is, who handles it, by when, and every transition it went through.
ALTER TABLE hazard
    ADD COLUMN town               varchar(50),
    ADD COLUMN industry_area      varchar(40),
    ADD COLUMN place              varchar(200),
    ADD COLUMN attachments        text[]       NOT NULL DEFAULT '{}',
    ADD COLUMN handling           varchar(20),
    ADD COLUMN deadline           date,
    ADD COLUMN assignee           varchar(100),
    ADD COLUMN responsible_person varchar(100),
    -- Who follows the hazard up: the town first, the district once it is overdue.
    ADD COLUMN level              varchar(10)  NOT NULL DEFAULT 'TOWN',
    ADD COLUMN overdue            boolean      NOT NULL DEFAULT false,
    -- Listed for supervision (挂牌督办) and not yet delisted: it cannot be closed meanwhile.
    ADD COLUMN supervised         boolean      NOT NULL DEFAULT false,
    ADD COLUMN closed_at          timestamptz,
    -- The enforcement finding it came from: one hazard per finding, however often the finding is delivered.
    ADD COLUMN finding_id         uuid         UNIQUE,
    ADD COLUMN inspection_id      uuid,
    -- The sender's own id of an imported record: importing the same record twice adds it once.
    ADD COLUMN source_ref         varchar(100) UNIQUE;

-- Listing is newest found first, keyset-friendly (found_at, id); each selective filter has its own ordered index
-- so a filtered page reads only the rows it shows, even at millions of hazards.
DROP INDEX hazard_enterprise;
DROP INDEX hazard_status;
CREATE INDEX hazard_found ON hazard (found_at DESC, id DESC);
CREATE INDEX hazard_enterprise_found ON hazard (enterprise_id, found_at DESC, id DESC);
CREATE INDEX hazard_town_found ON hazard (town, found_at DESC, id DESC);
CREATE INDEX hazard_industry_found ON hazard (industry_area, found_at DESC, id DESC);
CREATE INDEX hazard_status_found ON hazard (status, found_at DESC, id DESC);
CREATE INDEX hazard_department_found ON hazard (supervising_department, found_at DESC, id DESC);
-- "Open hazards of my town" is the district's everyday list: town and state together, in page order.
CREATE INDEX hazard_town_status_found ON hazard (town, status, found_at DESC, id DESC);
CREATE INDEX hazard_overdue_found ON hazard (town, found_at DESC, id DESC) WHERE overdue;
-- What the escalation job scans: open hazards with a deadline not yet marked overdue.
CREATE INDEX hazard_due ON hazard (deadline) WHERE NOT overdue AND status IN ('CONFIRMED', 'RECTIFYING');

CREATE TABLE hazard_event (
    seq         bigserial PRIMARY KEY,
    hazard_id   uuid         NOT NULL REFERENCES hazard (id),
    action      varchar(30)  NOT NULL,
    from_status varchar(30),
    to_status   varchar(30)  NOT NULL,
    actor       varchar(100) NOT NULL,
    reason      varchar(1000),
    evidence    text[]       NOT NULL DEFAULT '{}',
    occurred_at timestamptz  NOT NULL
);
CREATE INDEX hazard_event_hazard ON hazard_event (hazard_id, seq);

-- Public tips (随手拍 / 举报): each became a hazard; a reward may be decided once.
CREATE TABLE tip (
    id              uuid PRIMARY KEY,
    hazard_id       uuid          NOT NULL UNIQUE REFERENCES hazard (id),
    anonymous       boolean       NOT NULL,
    tipster_name    varchar(100),
    tipster_phone   varchar(30),
    reward_decision varchar(20)   NOT NULL DEFAULT 'PENDING',
    reward_amount   numeric(12, 2),
    decided_by      varchar(100),
    decision_reason varchar(500),
    decided_at      timestamptz,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL
);
