-- History is never erased: deleting an enterprise (only ever soft in service), a licence, a grading, a plan or a
-- source must not take its history with it. The cascades were only there so that tests could wipe tables
-- (see V3-V8); the tests now make their own data, so every foreign key refuses the delete instead.
ALTER TABLE licence DROP CONSTRAINT licence_enterprise_id_fkey,
    ADD CONSTRAINT licence_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);
ALTER TABLE licence_event DROP CONSTRAINT licence_event_licence_id_fkey,
    ADD CONSTRAINT licence_event_licence_id_fkey FOREIGN KEY (licence_id) REFERENCES licence (id);

ALTER TABLE standardization_grading DROP CONSTRAINT standardization_grading_enterprise_id_fkey,
    ADD CONSTRAINT standardization_grading_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);
ALTER TABLE standardization_grading_event DROP CONSTRAINT standardization_grading_event_grading_id_fkey,
    ADD CONSTRAINT standardization_grading_event_grading_id_fkey FOREIGN KEY (grading_id)
        REFERENCES standardization_grading (id);

ALTER TABLE emergency_plan DROP CONSTRAINT emergency_plan_enterprise_id_fkey,
    ADD CONSTRAINT emergency_plan_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);
ALTER TABLE emergency_plan_review DROP CONSTRAINT emergency_plan_review_plan_id_fkey,
    ADD CONSTRAINT emergency_plan_review_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES emergency_plan (id);

ALTER TABLE dual_prevention_change DROP CONSTRAINT dual_prevention_change_enterprise_id_fkey,
    ADD CONSTRAINT dual_prevention_change_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);
ALTER TABLE major_hazard_source DROP CONSTRAINT major_hazard_source_enterprise_id_fkey,
    ADD CONSTRAINT major_hazard_source_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);
ALTER TABLE major_hazard_substance DROP CONSTRAINT major_hazard_substance_source_id_fkey,
    ADD CONSTRAINT major_hazard_substance_source_id_fkey FOREIGN KEY (source_id) REFERENCES major_hazard_source (id);

ALTER TABLE risk_colour_change DROP CONSTRAINT risk_colour_change_enterprise_id_fkey,
    ADD CONSTRAINT risk_colour_change_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);

ALTER TABLE credit_event DROP CONSTRAINT credit_event_enterprise_id_fkey,
    ADD CONSTRAINT credit_event_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);
