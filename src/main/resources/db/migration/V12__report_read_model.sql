-- Issue 12: the report's read model. The report (package report) reads what other features own only through
-- these views, each with only the columns the report reads, under the names of the owner's columns; its SQL
-- names no table (ReportReadModelTests holds that). The JP of a year is training's own public query
-- (training.JpLedger.YEAR_TOTALS) and stays so. A later migration that changes a column one of these views
-- shows drops and re-creates that view (PostgreSQL refuses to change or drop a column a view uses).

-- cases
create view report_case as
    select case_number, employee_nip, cycle_year, status, round, outcome, jp_credited, opened_at from competency_case;
comment on view report_case is 'read model of the report; table competency_case, owned by cases';

create view report_case_event as
    select case_number, step_id, occurred_at from case_event;
comment on view report_case_event is 'read model of the report; table case_event, owned by cases';

-- employee
create view report_employee as
    select nip, name, agency from employee;
comment on view report_employee is 'read model of the report; table employee, owned by employee';

create view report_competency as
    select code, name, name_en from competency;
comment on view report_competency is 'read model of the report; table competency, owned by employee';

-- survey
create view report_needs_survey as
    select case_number from needs_survey;
comment on view report_needs_survey is 'read model of the report; table needs_survey, owned by survey';

create view report_competency_rating as
    select case_number, source from competency_rating;
comment on view report_competency_rating is 'read model of the report; table competency_rating, owned by survey';

create view report_post_training_survey as
    select case_number from post_training_survey;
comment on view report_post_training_survey is 'read model of the report; table post_training_survey, owned by survey';

create view report_supervisor_interview as
    select case_number from supervisor_interview;
comment on view report_supervisor_interview is 'read model of the report; table supervisor_interview, owned by survey';

-- evaluation
create view report_training_need as
    select case_number, round, priority from training_need;
comment on view report_training_need is 'read model of the report; table training_need, owned by evaluation';

create view report_evaluation_result as
    select case_number, round, measure, score, detail from evaluation_result;
comment on view report_evaluation_result is 'read model of the report; table evaluation_result, owned by evaluation';

-- training
create view report_enrollment as
    select case_number, session_id, status, pre_test_score, post_test_score, cost from enrollment;
comment on view report_enrollment is 'read model of the report; table enrollment, owned by training';

create view report_training_session as
    select id, course_code, mode, starts_at, ends_at, location, online_link, seats from training_session;
comment on view report_training_session is 'read model of the report; table training_session, owned by training';

create view report_training_course as
    select code, title, organiser from training_course;
comment on view report_training_course is 'read model of the report; table training_course, owned by training';

create view report_budget as
    select code, agency, budget_year, allocated from programme_budget;
comment on view report_budget is 'read model of the report; table programme_budget, owned by training';

-- programme
create view report_programme as
    select code, name, agency, programme_year, budget_code, evaluation_date from programme;
comment on view report_programme is 'read model of the report; table programme, owned by programme';

create view report_programme_goal as
    select id, programme_code, figure, at_least, description from programme_goal;
comment on view report_programme_goal is 'read model of the report; table programme_goal, owned by programme';

create view report_programme_competency as
    select programme_code, competency_code from programme_competency;
comment on view report_programme_competency is 'read model of the report; table programme_competency, owned by programme';

create view report_programme_case as
    select programme_code, case_number from programme_case;
comment on view report_programme_case is 'read model of the report; table programme_case, owned by programme';

create view report_programme_participant as
    select programme_code, employee_nip from programme_participant;
comment on view report_programme_participant is 'read model of the report; table programme_participant, owned by programme';

create view report_programme_session as
    select programme_code, session_id from programme_session;
comment on view report_programme_session is 'read model of the report; table programme_session, owned by programme';

create view report_programme_indicator as
    select id, programme_code, unit, name, before_value, after_value, higher_is_better from programme_indicator;
comment on view report_programme_indicator is 'read model of the report; table programme_indicator, owned by programme';

create view report_programme_version as
    select programme_code, version, final_report, report_json, generated_at, reviewed_by, review_note, published_by,
           published_at
    from programme_report;
comment on view report_programme_version is 'read model of the report; table programme_report, owned by programme';
