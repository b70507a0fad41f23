-- Registry lifecycle: admin overrides of the credit-code checks, and indexes for the list and the draw pool.

-- Append-only audit of codes registered although they failed a check (核验豁免): who, why, when, which
-- checks. No foreign key: an audit record outlives what it is about.
CREATE TABLE credit_code_override (
    id            uuid PRIMARY KEY,
    enterprise_id uuid         NOT NULL UNIQUE,
    credit_code   char(18)     NOT NULL,
    failed_checks text[]       NOT NULL,
    reason        varchar(500) NOT NULL,
    actor         varchar(100) NOT NULL,
    recorded_at   timestamptz  NOT NULL
);

-- The list sorts live enterprises by name; the draw pool pages them by id; a code search is a prefix.
CREATE INDEX enterprise_live_name ON enterprise (name, id) WHERE NOT deleted;
CREATE INDEX enterprise_live_credit_code_prefix ON enterprise (credit_code bpchar_pattern_ops) WHERE NOT deleted;
CREATE INDEX enterprise_village ON enterprise (village);
CREATE INDEX enterprise_grid ON enterprise (grid);
CREATE INDEX enterprise_supervising_department ON enterprise (supervising_department);
