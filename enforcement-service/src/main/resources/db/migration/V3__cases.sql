-- Penalty cases (行政处罚案件) and the documents issued in them, numbered per year and kind.
CREATE TABLE enforcement_case (
    id               uuid          PRIMARY KEY,
    enterprise_id    uuid          NOT NULL,
    inspection_id    uuid          REFERENCES inspection (id),
    violation_type   text          NOT NULL,
    major            boolean       NOT NULL,
    summary          text          NOT NULL,
    state            text          NOT NULL,
    filed_on         date          NOT NULL,
    deadline         date          NOT NULL,
    extended         boolean       NOT NULL,
    fine             numeric(14,2),
    credit_kind      text,
    credit_start     date,
    credit_end       date,
    filed_by         text          NOT NULL,
    version          bigint        NOT NULL
);
CREATE INDEX enforcement_case_enterprise ON enforcement_case (enterprise_id, filed_on DESC);
CREATE INDEX enforcement_case_open_deadline ON enforcement_case (deadline) WHERE state NOT IN ('CLOSED', 'TRANSFERRED');

CREATE TABLE case_document (
    id        uuid    PRIMARY KEY,
    case_id   uuid    NOT NULL REFERENCES enforcement_case (id),
    kind      text    NOT NULL,
    year      integer NOT NULL,
    serial    integer NOT NULL,
    number    text    NOT NULL UNIQUE,
    issued_on date    NOT NULL,
    UNIQUE (kind, year, serial)
);

-- The last serial given per kind and year; a row lock makes two issues of one kind take turns.
CREATE TABLE document_counter (
    kind   text    NOT NULL,
    year   integer NOT NULL,
    last   integer NOT NULL,
    PRIMARY KEY (kind, year)
);
