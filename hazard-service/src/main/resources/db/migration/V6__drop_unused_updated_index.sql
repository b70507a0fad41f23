-- No query reads hazards in the order of their last change (lists go by found_at, each filter with its own index),
-- yet every report and every transition paid for this index.
DROP INDEX IF EXISTS hazard_updated;
