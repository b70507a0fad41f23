-- Orders to correct within a deadline (责令限期整改指令书) and re-inspection opinions (整改复查意见书), issued from an
-- inspection or a case, numbered per year and kind with the case documents (document_counter).
CREATE TABLE rectification_document (
    id             uuid        PRIMARY KEY,
    kind           text        NOT NULL,
    year           integer     NOT NULL,
    serial         integer     NOT NULL,
    number         text        NOT NULL UNIQUE,
    inspection_id  uuid        REFERENCES inspection (id),
    case_id        uuid        REFERENCES enforcement_case (id),
    enterprise_id  uuid        NOT NULL,
    town           text,
    issued_on      date        NOT NULL,
    issued_by      text        NOT NULL,
    -- An order: the day by which to correct and what.
    correct_by     date,
    requirements   text[],
    -- An opinion: the order it reviews, the day of the re-inspection, whether all was corrected, and the opinion.
    order_id       uuid        REFERENCES rectification_document (id),
    reinspected_on date,
    corrected      boolean,
    opinion        text,
    UNIQUE (kind, year, serial),
    CHECK ((inspection_id IS NULL) <> (case_id IS NULL)),
    CHECK (kind <> 'ORDER_TO_CORRECT' OR (correct_by IS NOT NULL AND cardinality(requirements) >= 1)),
    CHECK (kind <> 'REINSPECTION_OPINION' OR (order_id IS NOT NULL AND reinspected_on IS NOT NULL
                                              AND corrected IS NOT NULL AND opinion IS NOT NULL))
);
CREATE INDEX rectification_document_inspection ON rectification_document (inspection_id) WHERE inspection_id IS NOT NULL;
CREATE INDEX rectification_document_case ON rectification_document (case_id) WHERE case_id IS NOT NULL;
