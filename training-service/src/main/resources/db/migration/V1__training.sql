-- People on key posts (三项岗位) and in high-risk trades. The ID number (居民身份证号) is never stored in clear:
-- an AES-GCM ciphertext, a keyed HMAC for uniqueness and lookup, and the masked form the API shows.
-- The enterprise's town and industry area are copied from the registry when the person is registered, so
-- coverage by town and industry needs no call to enterprise-service.
CREATE TABLE trainee (
    id                  uuid PRIMARY KEY,
    name                varchar(100) NOT NULL,
    id_number_cipher    bytea        NOT NULL,
    id_number_hmac      bytea        NOT NULL,
    id_number_masked    varchar(18)  NOT NULL,
    enterprise_id       uuid         NOT NULL,
    enterprise_name     varchar(200) NOT NULL,
    town                varchar(100) NOT NULL,
    industry_area       varchar(50)  NOT NULL,
    key_post            varchar(30)  NOT NULL,
    high_risk_trade     boolean      NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL
);
CREATE UNIQUE INDEX trainee_id_number ON trainee (id_number_hmac);
CREATE INDEX trainee_enterprise ON trainee (enterprise_id, key_post);
CREATE INDEX trainee_town ON trainee (town);

-- A training session (培训班) and who attended it; hours count for every attendee.
CREATE TABLE training_session (
    id              uuid PRIMARY KEY,
    title           varchar(200) NOT NULL,
    kind            varchar(20)  NOT NULL,
    held_on         date         NOT NULL,
    hours           integer      NOT NULL CHECK (hours BETWEEN 1 AND 200),
    provider        varchar(200) NOT NULL,
    recorded_by     varchar(100) NOT NULL,
    created_at      timestamptz  NOT NULL
);
CREATE INDEX training_session_held_on ON training_session (held_on);

CREATE TABLE training_attendance (
    session_id  uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    trainee_id  uuid NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, trainee_id)
);
CREATE INDEX training_attendance_trainee ON training_attendance (trainee_id);

-- An exam result (考试成绩); passed is score >= pass_mark, stored for the SQL of coverage.
CREATE TABLE exam_result (
    id           uuid PRIMARY KEY,
    trainee_id   uuid          NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    subject      varchar(200)  NOT NULL,
    taken_on     date          NOT NULL,
    score        numeric(5, 1) NOT NULL CHECK (score BETWEEN 0 AND 100),
    pass_mark    numeric(5, 1) NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
    passed       boolean       NOT NULL,
    recorded_by  varchar(100)  NOT NULL,
    created_at   timestamptz   NOT NULL
);
CREATE INDEX exam_result_trainee ON exam_result (trainee_id, taken_on);

-- Special-operation certificates (特种作业操作证) and key-post safety qualification certificates. Their state
-- on a day follows from valid_until, next_review_due and revoked_on, so nothing goes stale overnight.
CREATE TABLE certificate (
    id                    uuid PRIMARY KEY,
    number                varchar(100) NOT NULL,
    holder_id             uuid         NOT NULL REFERENCES trainee (id) ON DELETE CASCADE,
    enterprise_id         uuid         NOT NULL,
    kind                  varchar(30)  NOT NULL,
    category              varchar(100) NOT NULL,
    item                  varchar(100) NOT NULL,
    first_issued_on       date         NOT NULL,
    valid_until           date         NOT NULL,
    next_review_due       date         NOT NULL,
    clean_practice_since  date,
    issued_by             varchar(100) NOT NULL,
    revoked_on            date,
    revocation_reason     varchar(500),
    revoked_by            varchar(100),
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    CONSTRAINT certificate_dates_in_order CHECK (valid_until >= first_issued_on AND next_review_due <= valid_until),
    CONSTRAINT certificate_revocation_complete CHECK ((revoked_on IS NULL) = (revoked_by IS NULL))
);
CREATE UNIQUE INDEX certificate_number ON certificate (number);
CREATE INDEX certificate_holder ON certificate (holder_id);
CREATE INDEX certificate_enterprise ON certificate (enterprise_id);
CREATE INDEX certificate_review_due ON certificate (next_review_due) WHERE revoked_on IS NULL;

-- Reviews (复审) as records of their own: one row per review, with the rules that failed, if any.
CREATE TABLE certificate_review (
    id                     uuid PRIMARY KEY,
    certificate_id         uuid         NOT NULL REFERENCES certificate (id) ON DELETE CASCADE,
    reviewed_on            date         NOT NULL,
    due_on                 date         NOT NULL,
    passed                 boolean      NOT NULL,
    failed_rules           varchar(200) NOT NULL,
    health_check_passed    boolean      NOT NULL,
    violations             integer      NOT NULL,
    administrative_penalty boolean      NOT NULL,
    refresher_hours        integer      NOT NULL,
    exam_id                uuid REFERENCES exam_result (id),
    reviewed_by            varchar(100) NOT NULL,
    created_at             timestamptz  NOT NULL
);
CREATE INDEX certificate_review_certificate ON certificate_review (certificate_id, reviewed_on);

-- Enforcement officers (执法人员) and their enforcement credentials (执法证).
CREATE TABLE officer (
    id                      uuid PRIMARY KEY,
    name                    varchar(100) NOT NULL,
    badge_number            varchar(50)  NOT NULL,
    department              varchar(200) NOT NULL,
    credential_valid_until  date         NOT NULL,
    safety_background       boolean      NOT NULL,
    training_hours          integer      NOT NULL DEFAULT 0,
    tied_enterprise_ids     uuid[]       NOT NULL DEFAULT '{}',
    suspended               boolean      NOT NULL DEFAULT false,
    suspension_reason       varchar(500),
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL
);
CREATE UNIQUE INDEX officer_badge ON officer (badge_number);
CREATE INDEX officer_department ON officer (department);

-- Emergency drills (应急演练) of enterprises or departments against a filed emergency plan.
CREATE TABLE drill (
    id                  uuid PRIMARY KEY,
    enterprise_id       uuid,
    department          varchar(200),
    plan_reference      varchar(200) NOT NULL,
    scenario            varchar(500) NOT NULL,
    held_on             date         NOT NULL,
    participants        integer      NOT NULL CHECK (participants > 0),
    findings            text[]       NOT NULL DEFAULT '{}',
    recorded_by         varchar(100) NOT NULL,
    created_at          timestamptz  NOT NULL,
    CONSTRAINT drill_organiser CHECK ((enterprise_id IS NULL) <> (department IS NULL))
);
CREATE INDEX drill_enterprise ON drill (enterprise_id, held_on);
