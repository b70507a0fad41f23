-- Listed supervision of a major hazard (重大隐患挂牌督办), from listing to delisting (核销).
CREATE TABLE supervision (
    id                  uuid PRIMARY KEY,
    hazard_id           uuid          NOT NULL REFERENCES hazard (id),
    enterprise_id       uuid          NOT NULL,
    status              varchar(30)   NOT NULL,
    supervising_body    varchar(100)  NOT NULL,
    goal                varchar(1000) NOT NULL,
    method              varchar(1000) NOT NULL,
    funds_cny           numeric(14, 2) NOT NULL,
    organisation        varchar(500)  NOT NULL,
    deadline            date          NOT NULL,
    safety_measures     varchar(1000) NOT NULL,
    emergency_plan      varchar(1000) NOT NULL,
    applied_on          date,
    acceptance_due_on   date,
    accepted_on         date,
    evaluation          varchar(1000),
    delisted_at         timestamptz,
    version             bigint        NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL
);
-- One supervision in force per hazard.
CREATE UNIQUE INDEX supervision_one_open ON supervision (hazard_id) WHERE status <> 'DELISTED';
CREATE INDEX supervision_enterprise ON supervision (enterprise_id, created_at DESC);
CREATE INDEX supervision_status ON supervision (status, created_at DESC);

CREATE TABLE supervision_event (
    seq            bigserial PRIMARY KEY,
    supervision_id uuid          NOT NULL REFERENCES supervision (id),
    action         varchar(30)   NOT NULL,
    to_status      varchar(30)   NOT NULL,
    actor          varchar(100)  NOT NULL,
    note           varchar(1000),
    occurred_at    timestamptz   NOT NULL
);
CREATE INDEX supervision_event_of ON supervision_event (supervision_id, seq);

-- Risk reports (工业企业安全生产风险报告): one risk (object → unit → event) with its control measures and check tasks.
CREATE TABLE risk_report (
    id               uuid PRIMARY KEY,
    enterprise_id    uuid          NOT NULL,
    enterprise_name  varchar(200)  NOT NULL,
    risk_object      varchar(200)  NOT NULL,
    risk_unit        varchar(200)  NOT NULL,
    risk_event       varchar(500)  NOT NULL,
    level            varchar(10)   NOT NULL,
    control_measures text[]        NOT NULL,
    source_ref       varchar(100)  UNIQUE,
    created_at       timestamptz   NOT NULL
);
CREATE INDEX risk_report_enterprise ON risk_report (enterprise_id);
CREATE INDEX risk_report_level ON risk_report (level, created_at DESC);

CREATE TABLE check_task (
    id              uuid PRIMARY KEY,
    risk_report_id  uuid          NOT NULL REFERENCES risk_report (id),
    description     varchar(500)  NOT NULL,
    cycle_unit      varchar(10)   NOT NULL,
    cycle_length    int           NOT NULL CHECK (cycle_length > 0),
    last_checked_at timestamptz,
    created_at      timestamptz   NOT NULL
);
CREATE INDEX check_task_report ON check_task (risk_report_id);

CREATE TABLE check_record (
    id          uuid PRIMARY KEY,
    task_id     uuid          NOT NULL REFERENCES check_task (id),
    checked_at  timestamptz   NOT NULL,
    checker     varchar(100)  NOT NULL,
    passed      boolean       NOT NULL,
    note        varchar(1000),
    hazard_id   uuid          REFERENCES hazard (id)
);
CREATE INDEX check_record_task ON check_record (task_id, checked_at DESC);

-- Accidents and near misses (事故 / 未遂).
CREATE TABLE accident (
    id                   uuid PRIMARY KEY,
    kind                 varchar(20)   NOT NULL,
    occurred_at          timestamptz   NOT NULL,
    reported_at          timestamptz   NOT NULL,
    enterprise_id        uuid,
    enterprise_name      varchar(200),
    industry_area        varchar(40)   NOT NULL,
    place                varchar(200)  NOT NULL,
    description          varchar(2000) NOT NULL,
    deaths               int           NOT NULL CHECK (deaths >= 0),
    injuries             int           NOT NULL CHECK (injuries >= 0),
    direct_loss_cny      numeric(14, 2) NOT NULL CHECK (direct_loss_cny >= 0),
    late_report          boolean       NOT NULL,
    concealed            boolean       NOT NULL,
    investigation        varchar(20)   NOT NULL,
    source_ref           varchar(100)  UNIQUE,
    version              bigint        NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL
);
CREATE INDEX accident_occurred ON accident (occurred_at DESC);
CREATE INDEX accident_enterprise ON accident (enterprise_id);

-- What the plan's indicators divide by, per year: GDP (CNY 100 million) and the industry-and-trade workforce.
CREATE TABLE indicator_input (
    year                  int PRIMARY KEY,
    gdp_100m_cny          numeric(12, 2) NOT NULL CHECK (gdp_100m_cny > 0),
    industry_trade_workers int           NOT NULL CHECK (industry_trade_workers > 0),
    updated_at            timestamptz    NOT NULL
);
