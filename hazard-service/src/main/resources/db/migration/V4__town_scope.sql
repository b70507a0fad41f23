-- The town of a risk report and of an accident, so a town-level caller's data scope applies to them as it does to
-- hazards: the enterprise's town when one is named, else (an accident) the town the report gives, else none
-- (district-level callers only).
ALTER TABLE risk_report ADD COLUMN town varchar(50);
ALTER TABLE accident ADD COLUMN town varchar(50);
-- Rows recorded before: the town the same enterprise's newest hazard carries (hazards copy it from the registry).
UPDATE risk_report r SET town = (SELECT h.town FROM hazard h WHERE h.enterprise_id = r.enterprise_id
                                  ORDER BY h.found_at DESC, h.id DESC LIMIT 1);
UPDATE accident a SET town = (SELECT h.town FROM hazard h WHERE h.enterprise_id = a.enterprise_id
                               ORDER BY h.found_at DESC, h.id DESC LIMIT 1)
 WHERE a.enterprise_id IS NOT NULL;
CREATE INDEX risk_report_town ON risk_report (town, created_at DESC);
CREATE INDEX accident_town ON accident (town, occurred_at DESC);
