-- Issue 15: the agency's needs analysis (analisis kebutuhan pengembangan kompetensi) aggregates every employee's
-- competency gaps of a year by unit, position and competency, with the form of development, JP and cost their
-- development plans give each. The report reads them through its read model (V12): the needs with their
-- competency and gap, the employees with their unit and position, the positions' names and the plans' lines.
-- Columns are added at the end of a view (PostgreSQL's create or replace keeps the columns it had, in order).
create or replace view report_employee as
    select nip, name, agency, unit, position_code from employee;
comment on view report_employee is 'read model of the report; table employee, owned by employee';

create view report_position as
    select code, name from position;
comment on view report_position is 'read model of the report; table position, owned by employee';

create or replace view report_training_need as
    select case_number, round, priority, competency_code, gap from training_need;
comment on view report_training_need is 'read model of the report; table training_need, owned by evaluation';

create view report_development_plan_line as
    select case_number, competency_code, proposed_kind, proposed_jp, proposed_cost, kind, intended_jp, cost,
           dropped_reason from development_plan_line;
comment on view report_development_plan_line is 'read model of the report; table development_plan_line, owned by plan';
