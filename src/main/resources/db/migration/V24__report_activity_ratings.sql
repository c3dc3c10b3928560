-- Issue 15: the report's questions include the ratings an employee gives an activity beyond a course (how useful,
-- how much they learned, how helpful the coach was), by form of development, read through its read model (V12).
create view report_development_activity as
    select employee_nip, kind, status, started_at, rated_at, usefulness, learning_rating, coach_helpfulness
    from development_activity;
comment on view report_development_activity is 'read model of the report; table development_activity, owned by activity';
-- the year's activities of an agency's people are found by their start (the report's question), not read whole
create index development_activity_started on development_activity (started_at);
