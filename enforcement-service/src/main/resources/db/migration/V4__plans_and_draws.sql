-- Yearly inspection plans and their random draws (双随机), with the seed and pool snapshots that make each
-- draw reproducible.
CREATE TABLE inspection_plan (
    id                     uuid        PRIMARY KEY,
    year                   integer     NOT NULL,
    title                  text        NOT NULL,
    working_days           integer     NOT NULL,
    officers               integer     NOT NULL,
    other_enforcement_days integer     NOT NULL,
    non_enforcement_days   integer     NOT NULL,
    key_unit_ids           uuid[]      NOT NULL,
    checklist              text[]      NOT NULL,
    created_by             text        NOT NULL,
    created_at             timestamptz NOT NULL,
    version                bigint      NOT NULL
);

CREATE TABLE random_draw (
    id                      uuid        PRIMARY KEY,
    plan_id                 uuid        NOT NULL REFERENCES inspection_plan (id),
    seed                    bigint      NOT NULL,
    town                    text,
    industry_area           text,
    enterprise_count        integer     NOT NULL,
    officers_per_enterprise integer     NOT NULL,
    as_of                   date        NOT NULL,
    -- The pools exactly as drawn from (JSON), so that anyone can run the draw again.
    enterprise_pool         text        NOT NULL,
    officer_pool            text        NOT NULL,
    drawn_by                text        NOT NULL,
    drawn_at                timestamptz NOT NULL
);
CREATE INDEX random_draw_plan ON random_draw (plan_id, drawn_at DESC);

CREATE TABLE draw_pair (
    draw_id         uuid    NOT NULL REFERENCES random_draw (id),
    position        integer NOT NULL,
    enterprise_id   uuid    NOT NULL,
    enterprise_name text    NOT NULL,
    officer_ids     text[]  NOT NULL,
    officer_names   text[]  NOT NULL,
    officer_badges  text[]  NOT NULL,
    PRIMARY KEY (draw_id, position)
);
CREATE INDEX draw_pair_enterprise ON draw_pair (enterprise_id);
