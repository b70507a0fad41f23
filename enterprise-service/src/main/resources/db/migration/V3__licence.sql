-- Work-safety licences (安全生产许可证) and their history. Only the authority's action (standing) is stored;
-- valid / expiring / expired follow from expires_on and the day of reading, so nothing goes stale overnight.
-- Enterprises are soft-deleted in service; a hard delete (purge, tests) takes their licences with them.
CREATE TABLE licence (
    id                uuid PRIMARY KEY,
    enterprise_id     uuid         NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    number            varchar(100) NOT NULL,
    scope             varchar(500) NOT NULL,
    issuing_authority varchar(100) NOT NULL,
    issued_on         date         NOT NULL,
    expires_on        date         NOT NULL,
    standing          varchar(20)  NOT NULL,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CONSTRAINT licence_standing_known CHECK (standing IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    CONSTRAINT licence_dates_in_order CHECK (expires_on > issued_on)
);

-- A number is never reused, not even after revocation.
CREATE UNIQUE INDEX licence_number ON licence (number);
CREATE INDEX licence_enterprise ON licence (enterprise_id);
CREATE INDEX licence_expiry ON licence (expires_on, number);

-- Append-only; seq orders entries written within the same instant.
CREATE TABLE licence_event (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    licence_id  uuid         NOT NULL REFERENCES licence (id) ON DELETE CASCADE,
    action      varchar(20)  NOT NULL,
    actor       varchar(100) NOT NULL,
    reason      varchar(500),
    expires_on  date         NOT NULL,
    occurred_at timestamptz  NOT NULL,
    CONSTRAINT licence_event_action_known CHECK (action IN ('ISSUE', 'RENEW', 'SUSPEND', 'REINSTATE', 'REVOKE'))
);

CREATE INDEX licence_event_licence ON licence_event (licence_id, seq);
