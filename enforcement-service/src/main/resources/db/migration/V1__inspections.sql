-- Inspections (现场检查) with their officers, items, findings and report.
CREATE TABLE inspection (
    id                   uuid        PRIMARY KEY,
    enterprise_id        uuid        NOT NULL,
    -- What the registry said of the enterprise when the inspection was recorded: the search facets use it.
    enterprise_name      text        NOT NULL,
    town                 text        NOT NULL,
    industry_area        text        NOT NULL,
    mode                 text        NOT NULL,
    place                text        NOT NULL,
    started_at           timestamptz NOT NULL,
    ended_at             timestamptz NOT NULL,
    officer_badges       text[]      NOT NULL,
    officer_names        text[]      NOT NULL,
    persons_present      text[]      NOT NULL,
    items_checked        text[]      NOT NULL,
    report_text          text        NOT NULL,
    conclusion           text        NOT NULL,
    draw_id              uuid,
    recorded_by          text        NOT NULL,
    recorded_at          timestamptz NOT NULL,
    version              bigint      NOT NULL DEFAULT 0,
    CHECK (ended_at > started_at),
    CHECK (cardinality(officer_badges) >= 2 AND cardinality(officer_badges) = cardinality(officer_names))
);
CREATE INDEX inspection_enterprise ON inspection (enterprise_id, started_at DESC);
CREATE INDEX inspection_started_at ON inspection (started_at DESC, id);

CREATE TABLE finding (
    id            uuid    PRIMARY KEY,
    inspection_id uuid    NOT NULL REFERENCES inspection (id),
    position      integer NOT NULL,
    description   text    NOT NULL,
    place         text,
    grade         text    NOT NULL,
    deadline      date,
    -- Set once hazard-service has registered the finding as a hazard.
    hazard_id     uuid,
    UNIQUE (inspection_id, position)
);
