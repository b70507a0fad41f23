-- Emergency-plan filings (应急预案备案) and their periodic reviews (评估).
CREATE TABLE emergency_plan (
    id               uuid PRIMARY KEY,
    -- Cascade only matters to test clean-ups: enterprises are soft-deleted in service.
    enterprise_id    uuid         NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    title            varchar(200) NOT NULL,
    type             varchar(20)  NOT NULL CHECK (type IN ('COMPREHENSIVE', 'SPECIAL', 'ON_SITE')),
    filing_number    varchar(50)  NOT NULL,
    filed_on         date         NOT NULL,
    filing_authority varchar(200) NOT NULL,
    review_due_on    date         NOT NULL CHECK (review_due_on > filed_on),
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    CONSTRAINT emergency_plan_filing_number UNIQUE (filing_number)
);

CREATE INDEX emergency_plan_enterprise ON emergency_plan (enterprise_id, filed_on DESC);
CREATE INDEX emergency_plan_review_due ON emergency_plan (review_due_on, id);

-- Reviews in the order they were recorded; the latest one sets the plan's review_due_on. Append only.
CREATE TABLE emergency_plan_review (
    id                 bigserial PRIMARY KEY,
    plan_id            uuid        NOT NULL REFERENCES emergency_plan (id) ON DELETE CASCADE,
    reviewed_on        date        NOT NULL,
    outcome            varchar(20) NOT NULL CHECK (outcome IN ('UNCHANGED', 'REVISED', 'REVISION_REQUIRED')),
    next_review_due_on date        NOT NULL CHECK (next_review_due_on > reviewed_on),
    reviewed_by        varchar(200) NOT NULL,
    recorded_at        timestamptz NOT NULL
);

CREATE INDEX emergency_plan_review_plan ON emergency_plan_review (plan_id, id);
