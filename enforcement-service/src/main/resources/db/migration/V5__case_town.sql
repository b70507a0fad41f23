-- The town of a case's enterprise, for the town data scope. Cases filed before it was kept take the town of
-- their inspection, or else of the enterprise's latest inspection; any left without one are seen district-wide only.
ALTER TABLE enforcement_case ADD COLUMN town text;
UPDATE enforcement_case c SET town = i.town FROM inspection i WHERE c.inspection_id = i.id;
UPDATE enforcement_case c SET town = (SELECT i.town FROM inspection i WHERE i.enterprise_id = c.enterprise_id
                                      ORDER BY i.started_at DESC LIMIT 1)
WHERE c.town IS NULL;
CREATE INDEX enforcement_case_town ON enforcement_case (town, filed_on DESC);
