-- Safety standardization gradings (安全生产标准化, GB/T 33000-2016). The state a client sees (valid, expired,
-- …) is derived from `status` and the clock; `status` records only what actions have left. The eight
-- element scores are columns because the standard fixes the eight elements.
CREATE TABLE standardization_grading (
    id                                         uuid PRIMARY KEY,
    -- Cascade only matters to test clean-ups: enterprises are soft-deleted in service.
    enterprise_id                              uuid         NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    awarded_grade                              smallint     NOT NULL CHECK (awarded_grade BETWEEN 1 AND 3),
    grade                                      smallint     NOT NULL CHECK (grade BETWEEN awarded_grade AND 3),
    awarded_on                                 date         NOT NULL,
    awarding_body                              varchar(200) NOT NULL,
    valid_until                                date         NOT NULL CHECK (valid_until >= awarded_on),
    status                                     varchar(20)  NOT NULL
        CHECK (status IN ('AWARDED', 'DOWNGRADED', 'WITHDRAWN', 'SUPERSEDED')),
    score_goals_and_duties                     smallint     NOT NULL CHECK (score_goals_and_duties BETWEEN 0 AND 100),
    score_institutional_management             smallint     NOT NULL CHECK (score_institutional_management BETWEEN 0 AND 100),
    score_education_and_training               smallint     NOT NULL CHECK (score_education_and_training BETWEEN 0 AND 100),
    score_on_site_management                   smallint     NOT NULL CHECK (score_on_site_management BETWEEN 0 AND 100),
    score_risk_control_and_hazard_management   smallint     NOT NULL CHECK (score_risk_control_and_hazard_management BETWEEN 0 AND 100),
    score_emergency_management                 smallint     NOT NULL CHECK (score_emergency_management BETWEEN 0 AND 100),
    score_accident_management                  smallint     NOT NULL CHECK (score_accident_management BETWEEN 0 AND 100),
    score_continuous_improvement               smallint     NOT NULL CHECK (score_continuous_improvement BETWEEN 0 AND 100),
    created_at                                 timestamptz  NOT NULL,
    updated_at                                 timestamptz  NOT NULL
);

-- One current grading per enterprise: a new award supersedes the live one, and two concurrent awards
-- cannot both leave a live grading.
CREATE UNIQUE INDEX standardization_grading_live ON standardization_grading (enterprise_id)
    WHERE status IN ('AWARDED', 'DOWNGRADED');
CREATE INDEX standardization_grading_enterprise ON standardization_grading (enterprise_id, awarded_on DESC);
CREATE INDEX standardization_grading_awarded ON standardization_grading (awarded_on DESC, id);

-- What happened to a grading, in order: award, downgrades, withdrawal or supersession. Append only.
CREATE TABLE standardization_grading_event (
    id          bigserial PRIMARY KEY,
    grading_id  uuid         NOT NULL REFERENCES standardization_grading (id) ON DELETE CASCADE,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('AWARDED', 'DOWNGRADED', 'WITHDRAWN', 'SUPERSEDED')),
    from_grade  smallint     CHECK (from_grade BETWEEN 1 AND 3),
    to_grade    smallint     CHECK (to_grade BETWEEN 1 AND 3),
    reason      varchar(500),
    actor       varchar(200) NOT NULL,
    occurred_at timestamptz  NOT NULL
);

CREATE INDEX standardization_grading_event_grading ON standardization_grading_event (grading_id, id);
