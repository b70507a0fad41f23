-- Credit events (失信联合惩戒, 关闭取缔, 停产停业). The state (pending / active / ended / lifted) is derived from
-- the dates and the lifting as of a day, so it is not stored.
CREATE TABLE credit_event (
    id            uuid         PRIMARY KEY,
    -- Enterprises are only soft-deleted, so the cascade never fires in service; it keeps a hard purge whole.
    enterprise_id uuid         NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('BLACKLIST', 'CLOSURE_ORDER', 'SUSPENSION_ORDER')),
    source        varchar(20)  NOT NULL CHECK (source IN ('ENFORCEMENT_CASE', 'MANUAL', 'PROVINCIAL')),
    -- The sender's idempotency key (e.g. the case decision id); at most one event per source and key.
    outcome_id    varchar(100),
    reason        varchar(500) NOT NULL,
    source_case   varchar(100),
    start_date    date         NOT NULL,
    -- Last day in force (inclusive); none for a closure or an open-ended blacklist entry.
    end_date      date,
    recorded_by   varchar(100),
    recorded_at   timestamptz  NOT NULL,
    lifted_on     date,
    lifted_at     timestamptz,
    lift_reason   varchar(500),
    lifted_by     varchar(100),
    CONSTRAINT credit_event_dates_in_order CHECK (end_date IS NULL OR end_date > start_date),
    CONSTRAINT credit_event_lifting_whole CHECK (
        (lifted_on IS NULL) = (lifted_at IS NULL)
        AND (lifted_on IS NULL) = (lift_reason IS NULL)
        AND (lifted_on IS NULL) = (lifted_by IS NULL)),
    CONSTRAINT credit_event_outcome_once UNIQUE (source, outcome_id)
);

CREATE INDEX credit_event_enterprise ON credit_event (enterprise_id, kind, start_date);
CREATE INDEX credit_event_start ON credit_event (start_date DESC, recorded_at DESC);
