-- Major hazard sources (重大危险源, GB 18218-2018) and the dual-prevention mechanism (双重预防机制).
-- The R value and the grade are derived from the substances and the correction factors on every write and
-- stored only so that lists can filter by grade; they are never taken from a client.
-- Enterprise rows are only soft-deleted in production; ON DELETE CASCADE keeps tests that wipe the enterprise
-- table working while these rows refer to it.

-- The current flag lives on the enterprise row so that the registry's list can filter by it without a join;
-- who changed it and when is kept below.
ALTER TABLE enterprise ADD COLUMN dual_prevention_built boolean NOT NULL DEFAULT false;

CREATE TABLE dual_prevention_change (
    seq           bigserial    PRIMARY KEY,
    enterprise_id uuid         NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    built         boolean      NOT NULL,
    changed_by    varchar(100) NOT NULL,
    changed_at    timestamptz  NOT NULL
);
CREATE INDEX dual_prevention_change_enterprise ON dual_prevention_change (enterprise_id, seq);

CREATE TABLE major_hazard_source (
    id                       uuid          PRIMARY KEY,
    enterprise_id            uuid          NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    name                     varchar(200)  NOT NULL,
    exposure_correction      numeric(4, 2) NOT NULL,
    r_value                  numeric       NOT NULL,
    grade                    smallint      NOT NULL CHECK (grade BETWEEN 1 AND 4),
    enterprise_chief_name    varchar(50)   NOT NULL,
    enterprise_chief_position varchar(100) NOT NULL,
    enterprise_chief_phone   varchar(30)   NOT NULL,
    town_chief_name          varchar(50)   NOT NULL,
    town_chief_position      varchar(100)  NOT NULL,
    town_chief_phone         varchar(30)   NOT NULL,
    district_chief_name      varchar(50)   NOT NULL,
    district_chief_position  varchar(100)  NOT NULL,
    district_chief_phone     varchar(30)   NOT NULL,
    status                   varchar(20)   NOT NULL,
    deregistered_by          varchar(100),
    deregistered_at          timestamptz,
    deregistration_reason    varchar(500),
    version                  bigint        NOT NULL,
    created_at               timestamptz   NOT NULL,
    updated_at               timestamptz   NOT NULL
);
CREATE INDEX major_hazard_source_enterprise ON major_hazard_source (enterprise_id);
CREATE INDEX major_hazard_source_grade ON major_hazard_source (grade);

CREATE TABLE major_hazard_substance (
    source_id          uuid           NOT NULL REFERENCES major_hazard_source (id) ON DELETE CASCADE,
    position           smallint       NOT NULL,
    name               varchar(100)   NOT NULL,
    cas_number         varchar(20),
    actual_quantity    numeric(18, 4) NOT NULL CHECK (actual_quantity > 0),
    critical_quantity  numeric(18, 4) NOT NULL CHECK (critical_quantity > 0),
    correction_factor  numeric(5, 2)  NOT NULL,
    PRIMARY KEY (source_id, position)
);
