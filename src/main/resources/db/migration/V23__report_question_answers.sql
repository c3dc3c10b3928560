-- Issue 15: every instrument reports its questions: the report reads each answer of the post-training survey and
-- each rating (the employee's own, the supervisor's, and on the job in the interview) through its read model (V12).
-- Columns are added at the end of a view (PostgreSQL's create or replace keeps the columns it had, in order).
create or replace view report_post_training_survey as
    select case_number, session_id, relevance, material, trainer, schedule_fit, overall, confidence
    from post_training_survey;
comment on view report_post_training_survey is 'read model of the report; table post_training_survey, owned by survey';

create or replace view report_competency_rating as
    select case_number, source, round, rating from competency_rating;
comment on view report_competency_rating is 'read model of the report; table competency_rating, owned by survey';
