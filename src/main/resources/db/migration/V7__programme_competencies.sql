-- Issue 5: the competencies a programme targets (shown in its report's introduction).
create table programme_competency (
    programme_code  varchar(40) not null references programme (code),
    competency_code varchar(20) not null references competency (code),
    primary key (programme_code, competency_code)
);
