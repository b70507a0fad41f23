-- The enforcement trail (执法全过程记录): append-only, hash-chained (see TrailChain).
CREATE TABLE trail_entry (
    sequence      bigint      PRIMARY KEY,
    subject_type  text        NOT NULL,
    subject_id    uuid        NOT NULL,
    action        text        NOT NULL,
    actor         text        NOT NULL,
    at            timestamptz NOT NULL,
    -- text, not jsonb: jsonb would reorder keys and normalise numbers, and the hash covers the exact text.
    details       text        NOT NULL,
    previous_hash text        NOT NULL,
    hash          text        NOT NULL
);
CREATE INDEX trail_entry_subject ON trail_entry (subject_type, subject_id, sequence);
