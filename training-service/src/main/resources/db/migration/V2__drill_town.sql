-- The town of an enterprise's drill, for the town data scope (a town-level caller sees its town's drills and
-- the departments' ones). Drills recorded before take the town their enterprise's people were registered with.
ALTER TABLE drill ADD COLUMN town varchar(100);
UPDATE drill d SET town = (SELECT t.town FROM trainee t WHERE t.enterprise_id = d.enterprise_id LIMIT 1)
WHERE d.enterprise_id IS NOT NULL;
CREATE INDEX drill_town ON drill (town, held_on);
