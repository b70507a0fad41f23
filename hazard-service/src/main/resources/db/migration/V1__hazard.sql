-- Hazards. The enterprise's name and supervising department are copied in at report time, so reads
-- never wait on enterprise-service; enterprise-service owns the truth.
CREATE TABLE hazard (
    id                     uuid PRIMARY KEY,
    enterprise_id          uuid          NOT NULL,
    enterprise_name        varchar(200)  NOT NULL,
    supervising_department varchar(100)  NOT NULL,
    description            varchar(2000) NOT NULL,
    grade                  varchar(20)   NOT NULL,
    source                 varchar(30)   NOT NULL,
    status                 varchar(30)   NOT NULL,
    reported_by            varchar(100),
    found_at               timestamptz   NOT NULL,
    version                bigint        NOT NULL DEFAULT 0,
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL
);

CREATE INDEX hazard_enterprise ON hazard (enterprise_id);
CREATE INDEX hazard_status ON hazard (status);
CREATE INDEX hazard_updated ON hazard (updated_at, id);
