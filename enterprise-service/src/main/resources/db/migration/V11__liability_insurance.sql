-- Work-safety liability insurance policies (安全生产责任保险). Whether a policy covers its enterprise on a day
-- follows from starts_on, ends_on and cancelled_from, so nothing goes stale overnight.
-- Enterprises are soft-deleted in service; a hard delete (purge, tests) takes their policies with them.
CREATE TABLE liability_policy (
    id                        uuid PRIMARY KEY,
    enterprise_id             uuid          NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    policy_number             varchar(100)  NOT NULL,
    insurer                   varchar(200)  NOT NULL,
    starts_on                 date          NOT NULL,
    ends_on                   date          NOT NULL,
    premium                   numeric(14, 2) NOT NULL,
    insured_amount_per_person numeric(14, 2) NOT NULL,
    recorded_by               varchar(100)  NOT NULL,
    cancelled_from            date,
    cancellation_reason       varchar(500),
    cancelled_by              varchar(100),
    cancellation_recorded_at  timestamptz,
    version                   bigint        NOT NULL DEFAULT 0,
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    CONSTRAINT liability_policy_period_in_order CHECK (ends_on >= starts_on),
    CONSTRAINT liability_policy_amounts_positive CHECK (premium > 0 AND insured_amount_per_person > 0),
    CONSTRAINT liability_policy_cancellation_complete CHECK ((cancelled_from IS NULL) = (cancelled_by IS NULL))
);

-- A policy number identifies one policy.
CREATE UNIQUE INDEX liability_policy_number ON liability_policy (policy_number);
-- Cover of one enterprise on a day: the list filter and the uncovered-enterprise list.
CREATE INDEX liability_policy_enterprise_period ON liability_policy (enterprise_id, starts_on, ends_on);
