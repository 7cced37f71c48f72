-- How many pauses and extensions a workflow case has recorded: a step asks its clock on almost every
-- call, and most cases have neither, so the step reads those tables only when there is something to read.
ALTER TABLE case_procedure ADD COLUMN pause_count INT NOT NULL DEFAULT 0;
ALTER TABLE case_procedure ADD COLUMN extension_count INT NOT NULL DEFAULT 0;
UPDATE case_procedure SET
    pause_count = (SELECT COUNT(*) FROM case_pause x WHERE x.case_id = case_procedure.case_id),
    extension_count = (SELECT COUNT(*) FROM case_extension x WHERE x.case_id = case_procedure.case_id);
