-- Every record a client can act on carries a version: its ETag, and what If-Match names. Rows that exist
-- already start at 0, as new ones do.
ALTER TABLE standardization_grading ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE emergency_plan ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE credit_event ADD COLUMN version bigint NOT NULL DEFAULT 0;
