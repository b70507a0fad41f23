-- The enterprise registry. Soft delete keeps history for the provincial sync; a credit code is unique
-- among live enterprises only.
CREATE TABLE enterprise (
    id                     uuid PRIMARY KEY,
    credit_code            char(18)     NOT NULL,
    name                   varchar(200) NOT NULL,
    town                   varchar(50)  NOT NULL,
    village                varchar(50),
    grid                   varchar(50),
    address                varchar(200),
    latitude               double precision,
    longitude              double precision,
    industry_area          varchar(40)  NOT NULL,
    supervising_department varchar(100) NOT NULL,
    deleted                boolean      NOT NULL DEFAULT false,
    version                bigint       NOT NULL DEFAULT 0,
    created_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL,
    CONSTRAINT enterprise_coordinates_together CHECK ((latitude IS NULL) = (longitude IS NULL))
);

CREATE UNIQUE INDEX enterprise_credit_code_live ON enterprise (credit_code) WHERE NOT deleted;
CREATE INDEX enterprise_town ON enterprise (town);
CREATE INDEX enterprise_industry_area ON enterprise (industry_area);
CREATE INDEX enterprise_updated ON enterprise (updated_at, id);
