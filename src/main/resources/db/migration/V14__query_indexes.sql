-- Issue 13: an index for every query of ours that looked its rows up by a column no index led with
-- (PostgresIndexTests explains every query of the sources on ten years of data and fails on a large table read whole):
-- a case's rows by its case number, as the case file, the timeline and the report read them; a case by its process
-- instance (the engine's listeners); the cases of a year (the report of an agency's year: competency_case_status leads
-- with the status, so for the year alone it is read whole); an agency's employees (HR's case list, the reports, the JP
-- ledger) and a supervisor's staff (the JP reminder). Portable SQL (H2 and PostgreSQL). With years of data each takes
-- seconds to build, while writes to its table wait: the first node of an update runs it (README, Configure).
create index competency_case_process_instance on competency_case (process_instance_id);
create index competency_case_year on competency_case (cycle_year);
create index employee_agency on employee (agency);
create index employee_supervisor on employee (supervisor_nip);
create index enrollment_case on enrollment (case_number);
create index needs_survey_case on needs_survey (case_number);
create index post_training_survey_case on post_training_survey (case_number);
create index supervisor_interview_case on supervisor_interview (case_number);
create index case_decision_case on case_decision (case_number);
create index jp_ledger_case on jp_ledger_entry (case_number);
