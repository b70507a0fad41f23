-- The four-colour risk level (red 重大 / orange 较大 / yellow 一般 / blue 低) of each enterprise. The current
-- colour lives on the enterprise row (the registry's list and the risk map filter by it); every change is kept
-- in risk_colour_change, whose seq orders changes made within the same instant.
ALTER TABLE enterprise ADD COLUMN risk_colour varchar(10)
    CONSTRAINT enterprise_risk_colour CHECK (risk_colour IN ('RED', 'ORANGE', 'YELLOW', 'BLUE'));
CREATE INDEX enterprise_risk_colour ON enterprise (risk_colour);

CREATE TABLE risk_colour_change (
    seq             bigserial    PRIMARY KEY,
    enterprise_id   uuid         NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    colour          varchar(10)  NOT NULL,
    previous_colour varchar(10),
    reason          varchar(500) NOT NULL,
    changed_by      varchar(100) NOT NULL,
    changed_at      timestamptz  NOT NULL
);
CREATE INDEX risk_colour_change_enterprise ON risk_colour_change (enterprise_id, seq);
