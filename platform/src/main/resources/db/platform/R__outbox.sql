-- The transactional outbox (see the platform's outbox package): messages written in the same transaction as the
-- change they announce, delivered at least once by the relay, in order per (topic, aggregate). A repeatable
-- migration of the platform like R__idempotency_record.sql: keep every statement idempotent.
CREATE TABLE IF NOT EXISTS outbox_message (
    id              bigserial   PRIMARY KEY,
    topic           text        NOT NULL,
    aggregate_id    text        NOT NULL,
    payload         text        NOT NULL,
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    delivered_at    timestamptz,
    parked_at       timestamptz
);

-- What the relay looks for: pending messages, by topic and aggregate, oldest first.
CREATE INDEX IF NOT EXISTS outbox_message_pending ON outbox_message (topic, aggregate_id, id)
    WHERE delivered_at IS NULL AND parked_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_message_delivered_at ON outbox_message (delivered_at)
    WHERE delivered_at IS NOT NULL;

COMMENT ON TABLE outbox_message IS
    'Messages to other systems, written with the change they announce and delivered at least once by the relay';
COMMENT ON COLUMN outbox_message.parked_at IS 'Set when the receiver refused the message for good; it is not retried';
