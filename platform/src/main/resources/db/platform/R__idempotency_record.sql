-- The answers to requests sent with an Idempotency-Key (see the platform's idempotency package). A repeatable
-- migration of the platform, applied by each service's own Flyway after its versioned ones: keep every statement
-- idempotent (IF NOT EXISTS, ADD COLUMN IF NOT EXISTS) so that a change here re-runs cleanly everywhere.
CREATE TABLE IF NOT EXISTS idempotency_record (
    scope           text        NOT NULL,
    idempotency_key text        NOT NULL,
    fingerprint     text        NOT NULL,
    method          text        NOT NULL,
    path            text        NOT NULL,
    status          integer     NOT NULL,
    header_names    text[]      NOT NULL,
    header_values   text[]      NOT NULL,
    body            bytea       NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX IF NOT EXISTS idempotency_record_expires_at ON idempotency_record (expires_at);

COMMENT ON TABLE idempotency_record IS
    'First answers to POST requests sent with an Idempotency-Key, replayed to retries until expires_at';
COMMENT ON COLUMN idempotency_record.scope IS 'The client the key belongs to (the subject of its verified access token); empty without one';
