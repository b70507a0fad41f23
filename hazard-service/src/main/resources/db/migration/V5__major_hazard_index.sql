-- Major hazards by town (and industry), newest first: the major-hazard desk's everyday list. Town + industry + grade
-- otherwise intersects two broad indexes and fetches thousands of rows to keep the 2% that are major; this partial
-- index holds the major ones only, in page order.
CREATE INDEX hazard_major_found ON hazard (town, industry_area, found_at DESC, id DESC) WHERE grade = 'MAJOR';
