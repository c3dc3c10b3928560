-- Issue 15: more words become evidence. Beside the surveys and interviews, the report lists and HR code the
-- supervisors' reasons on follow-up training and HR's notes on escalated cases (case_decision), and the employees'
-- action plans after events and comments on coaching and mentoring (development_activity). Columns added at the end
-- of a view.
create or replace view report_development_activity as
    select employee_nip, kind, status, started_at, rated_at, usefulness, learning_rating, coach_helpfulness, id,
           action_plan, participant_comment
    from development_activity;
comment on view report_development_activity is 'read model of the report; table development_activity, owned by activity';

create view report_case_decision as
    select id, case_number, kind, reason from case_decision;
comment on view report_case_decision is 'read model of the report; table case_decision, owned by cases';
