-- Every query our code runs against our own tables, as PostgreSQL receives it, with typical values of ten years of
-- data (years-of-data.sql) for its parameters: PostgresIndexTests explains each and fails when one reads a large
-- table whole, and fails when the sources hold SQL this file does not list (or this file lists SQL they lost).
--
-- An entry: a line naming its source under id.kompeten and the text of the literals it is built from (several when
-- the statement is joined from pieces), or for a Spring Data repository's query method its name after #; then the
-- statement. "-- whole: table (why)" lets a statement read that table whole, where it reads all of it by design.
-- A repository's query method is written as Hibernate runs its JPQL (@Query; RepositoryQueriesTests). A repository's
-- inherited methods (findById, save, delete) find by the primary key. Report queries read the report_* views (V12),
-- which PostgreSQL expands to their tables. A statement whose scope is a subquery (the report's) is listed once per
-- scope: a programme's, an agency's year.

-- cases: the case, its timeline and decisions

-- cases.CaseRepository#existsByEmployeeNipAndCycleYearAndStatus
select count(c.case_number) > 0 from competency_case c
where c.employee_nip = '190000000000011327' and c.cycle_year = 2026 and c.status = 'OPEN';

-- cases.CaseRepository#findByProcessInstanceId
select c.* from competency_case c where c.process_instance_id = 'pi-22222';

-- cases.CaseRepository#search
-- HR's list of the agency they serve, newest first, a page of 20
select c.* from competency_case c, employee e where e.nip = c.employee_nip
and (null is null or c.status = null) and ('Instansi 07' is null or e.agency = 'Instansi 07')
and (null is null or c.cycle_year = null)
order by c.opened_at desc offset 0 rows fetch first 20 rows only;

-- cases.CaseRepository#search
-- and its count, for the page's total
select count(c.case_number) from competency_case c, employee e where e.nip = c.employee_nip
and (null is null or c.status = null) and ('Instansi 07' is null or e.agency = 'Instansi 07')
and (null is null or c.cycle_year = null);

-- cases.CaseRepository#search
-- HR's open cases of this year
select c.* from competency_case c, employee e where e.nip = c.employee_nip
and ('OPEN' is null or c.status = 'OPEN') and ('Instansi 11' is null or e.agency = 'Instansi 11')
and (2026 is null or c.cycle_year = 2026)
order by c.opened_at desc offset 0 rows fetch first 20 rows only;

-- cases.CaseRepository#search
select count(c.case_number) from competency_case c, employee e where e.nip = c.employee_nip
and ('OPEN' is null or c.status = 'OPEN') and ('Instansi 11' is null or e.agency = 'Instansi 11')
and (2026 is null or c.cycle_year = 2026);

-- cases.CaseRepository#search
-- whole: competency_case (an administrator's list of every case of every agency, by request: sorted and counted whole)
-- whole: employee (the same list: every case's employee)
select c.* from competency_case c, employee e where e.nip = c.employee_nip
and (null is null or c.status = null) and (null is null or e.agency = null) and (null is null or c.cycle_year = null)
order by c.opened_at desc offset 0 rows fetch first 20 rows only;

-- cases.CaseRepository#search
-- whole: competency_case (the administrator's count of every case)
-- whole: employee (the same count)
select count(c.case_number) from competency_case c, employee e where e.nip = c.employee_nip
and (null is null or c.status = null) and (null is null or e.agency = null) and (null is null or c.cycle_year = null);

-- cases.CaseEventRepository#findByCaseNumberOrderByOccurredAtAscIdAsc
select e.* from case_event e where e.case_number = 'KMP-2024-022222' order by e.occurred_at, e.id;

-- cases.CaseTimeline "insert into case_event (case_number, step_id, step_name, actor, occurred_at," " detail) values (?, ?, ?, ?, ?, ?)"
-- a transaction's lines of a case's timeline, one batch before it commits
insert into case_event (case_number, step_id, step_name, actor, occurred_at, detail)
values ('KMP-2024-022222', 'Task_FillNeedsSurvey', 'Isi survei kebutuhan pelatihan', 'pegawai22222', now(), null);

-- cases.CaseDecisionRepository#findByCaseNumberOrderByDecidedAt
select d.* from case_decision d where d.case_number = 'KMP-2024-022222' order by d.decided_at;

-- employee

-- employee.EmployeeRepository#findByUsername
select e.* from employee e where e.username = 'pegawai7329';

-- employee.EmployeeRepository#findByAgencyAndSupervisorNipIsNullOrderByUsername
select e.* from employee e where e.agency = 'Instansi 07' and e.supervisor_nip is null order by e.username;

-- employee.PositionRequirementRepository#findByPosition
select r.*, c.* from position_requirement r join competency c on c.code = r.competency_code
where r.position_code = 'P-042' order by c.code;

-- survey

-- survey.NeedsSurveyRepository#findByCaseNumber
select s.* from needs_survey s where s.case_number = 'KMP-2024-022222';

-- survey.CompetencyRatingRepository#findByCaseNumberAndRoundAndSource
select r.* from competency_rating r where r.case_number = 'KMP-2024-022222' and r.round = 1 and r.source = 'SUPERVISOR';

-- survey.CompetencyRatingRepository#findByCaseNumberOrderByRatedAt
select r.* from competency_rating r where r.case_number = 'KMP-2024-022222' order by r.rated_at;

-- survey.PostTrainingSurveyRepository#findByCaseNumber
select s.* from post_training_survey s where s.case_number = 'KMP-2024-022222';

-- survey.SupervisorInterviewRepository#findByCaseNumber
select i.* from supervisor_interview i where i.case_number = 'KMP-2024-022222';

-- evaluation

-- evaluation.TrainingNeedRepository#findByCaseNumberAndRoundOrderByPriorityRankAscCompetencyCodeAsc
select n.* from training_need n where n.case_number = 'KMP-2024-022222' and n.round = 1
order by n.priority_rank, n.competency_code;

-- evaluation.TrainingNeedRepository#findByCaseNumberOrderByRoundAscPriorityRankAsc
select n.* from training_need n where n.case_number = 'KMP-2024-022222' order by n.round, n.priority_rank;

-- evaluation.EvaluationResultRepository#findByCaseNumberOrderByEvaluatedAtAscIdAsc
select r.* from evaluation_result r where r.case_number = 'KMP-2024-022222' order by r.evaluated_at, r.id;

-- evaluation.EvaluationResultRepository#findFirstByCaseNumberAndRoundAndMeasureOrderByIdDesc
select r.* from evaluation_result r where r.case_number = 'KMP-2024-022222' and r.round = 1 and r.measure = 'REACTION'
order by r.id desc fetch first 1 rows only;

-- training: enrolments, sessions, the JP ledger

-- training.EnrollmentRepository#findByCaseNumberOrderByEnrolledAt
select e.* from enrollment e where e.case_number = 'KMP-2024-022222' order by e.enrolled_at;

-- training.EnrollmentRepository#findFirstByCaseNumberAndStatusOrderByEnrolledAtDesc
select e.* from enrollment e where e.case_number = 'KMP-2026-028888' and e.status = 'ENROLLED'
order by e.enrolled_at desc fetch first 1 rows only;

-- training.EnrollmentRepository#findFirstByCaseNumberOrderByEnrolledAtDescIdDesc
select e.* from enrollment e where e.case_number = 'KMP-2024-022222' order by e.enrolled_at desc, e.id desc
fetch first 1 rows only;

-- training.EnrollmentRepository#findBySessionIdAndStatus
select e.* from enrollment e where e.session_id = 3823 and e.status = 'ENROLLED';

-- training.EnrollmentRepository#countBySessionIdAndStatusIn
select count(e.id) from enrollment e where e.session_id = 3823 and e.status in ('ENROLLED', 'ATTENDED');

-- training.EnrollmentRepository#findActiveOf
select e.*, s.* from enrollment e join training_session s on s.id = e.session_id
where e.employee_nip = '190000000000011327' and e.status in ('ENROLLED');

-- training.EnrollmentRepository#committedOn
select coalesce(sum(e.cost), 0) from enrollment e join training_session s on s.id = e.session_id
where s.budget_code = 'PB-07-2026' and e.status in ('ENROLLED', 'ATTENDED');

-- training.EnrollmentRepository#seatsTaken
select e.session_id, count(e.id) from enrollment e
where e.session_id in (3821, 3822, 3823, 3824) and e.status in ('ENROLLED', 'ATTENDED') group by e.session_id;

-- training.TrainingSessionRepository#findForCompetencies
select s.*, c.*, k.*, b.* from training_session s join training_course c on c.code = s.course_code
join competency k on k.code = c.competency_code join programme_budget b on b.code = s.budget_code
where c.competency_code in ('T-001', 'M-KOM') order by s.starts_at;

-- training.TrainingSessionRepository#findForEnrolment
select s.* from training_session s where s.id = 3823 for no key update;

-- training.JpLedgerRepository#existsByEnrollmentId
select count(j.id) > 0 from jp_ledger_entry j where j.enrollment_id = 22222;

-- training.JpLedgerRepository#findByCaseNumber
select j.* from jp_ledger_entry j where j.case_number = 'KMP-2024-022222';

-- training.JpLedgerRepository#findByEmployeeNipAndYear
select j.* from jp_ledger_entry j where j.employee_nip = '190000000000007329' and j.ledger_year = 2024;

-- training.JpLedger "select employee_nip, sum(jp) as jp from jp_ledger_entry where ledger_year = ? group by employee_nip"
-- YEAR_TOTALS: every employee's JP of a year (also joined by the report and the JP reminder)
select employee_nip, sum(jp) as jp from jp_ledger_entry where ledger_year = 2024 group by employee_nip;

-- training.JpLedger "select e.nip, e.name, e.position_code, coalesce(sum(j.jp), 0) as jp from employee e left join jp_ledger_entry j"
select e.nip, e.name, e.position_code, coalesce(sum(j.jp), 0) as jp
from employee e left join jp_ledger_entry j on j.employee_nip = e.nip and j.ledger_year = 2024
where e.agency = 'Instansi 07'
group by e.nip, e.name, e.position_code
order by jp, e.name;

-- training.JpLedger "select e.nip, e.name, j.kind, j.activity, j.organiser, j.starts_on, j.ends_on, c.organiser as course_organiser,"
-- the SIASN export: a case's enrolments and verified claims alike
select e.nip, e.name, j.kind, j.activity, j.organiser, j.starts_on, j.ends_on, c.organiser as course_organiser,
       comp.competency_type, j.jp, s.starts_at, s.ends_at, j.ledger_year, j.certificate_number
from jp_ledger_entry j
join employee e on e.nip = j.employee_nip
left join enrollment en on en.id = j.enrollment_id
left join training_session s on s.id = en.session_id
left join training_course c on c.code = s.course_code
left join competency comp on comp.code = c.competency_code
where j.ledger_year = 2024 and e.agency = 'Instansi 07';

-- training.JpLedger "select j.kind, count(*) as activities, count(distinct j.employee_nip) as employees, sum(j.jp) as jp"
-- the agency's year by kind of development
select j.kind, count(*) as activities, count(distinct j.employee_nip) as employees, sum(j.jp) as jp
from jp_ledger_entry j join employee e on e.nip = j.employee_nip
where j.ledger_year = 2024 and e.agency = 'Instansi 07'
group by j.kind
order by jp desc, j.kind;

-- training.JpLedgerRepository#findByLearningClaimId
select j.* from jp_ledger_entry j where j.learning_claim_id = 22222;

-- training.JpLedgerRepository#findByActivityId
select j.* from jp_ledger_entry j where j.activity_id = 22222;

-- activity: development activities with steps of their own (coaching, mentoring) and their sessions

-- activity.ActivityRepository#findByActivityNumber
select a.* from development_activity a where a.activity_number = 'AKT-2024-000222';

-- activity.ActivityRepository#findByCaseNumberOrderByIdAsc
select a.* from development_activity a where a.case_number = 'KMP-2024-012346' order by a.id;

-- agencyplan.AgencyPlanRepository#findByAgencyAndPlanYear
select p.* from agency_plan p where p.agency = 'Instansi 07' and p.plan_year = 2024;

-- agencyplan.AgencyPlanLineRepository#findByPlanIdOrderByLineNo
select l.* from agency_plan_line l where l.plan_id = 707 order by l.line_no;

-- plan.PlanLineRepository#findByCaseNumberOrderByIdAsc
select l.* from development_plan_line l where l.case_number = 'KMP-2024-012346' order by l.id;

-- activity.ActivitySessionRepository#findByActivityIdOrderByHeldOnAscIdAsc
select s.* from activity_session s where s.activity_id = 22222 order by s.held_on, s.id;

-- activity.ActivitySemesterRepository#findByActivityIdOrderBySemesterAsc
select s.* from activity_semester s where s.activity_id = 22222 order by s.semester;

-- learning: claims of learning done elsewhere and their certificates

-- learning.LearningClaimRepository#findByClaimNumber
select c.* from learning_claim c where c.claim_number = 'KLM-2024-000222';

-- learning.LearningClaimRepository#findByEmployeeNipOrderBySubmittedAtDesc
select c.* from learning_claim c where c.employee_nip = '190000000000007329' order by c.submitted_at desc;

-- learning.LearningClaimRepository#existsByEmployeeNipAndCertificateSha256AndStatusIn
select count(c.id) > 0 from learning_claim c where c.employee_nip = '190000000000007329'
and c.certificate_sha256 = 'ab12' and c.status in ('SUBMITTED', 'VERIFIED');

-- learning.LearningClaims "insert into learning_claim_certificate (claim_id, content) values (?, ?)"
insert into learning_claim_certificate (claim_id, content) values (22222, '\x25504446');

-- learning.LearningClaims "select content from learning_claim_certificate where claim_id = ?"
select content from learning_claim_certificate where claim_id = 22222;

-- training.JpReminders "select distinct s.username" "from employee e join employee s on s.nip = e.supervisor_nip left join ("
-- whole: employee (the yearly JP reminder: every employee below the target, whoever their supervisor; once a year)
select distinct s.username from employee e join employee s on s.nip = e.supervisor_nip
left join (select employee_nip, sum(jp) as jp from jp_ledger_entry where ledger_year = 2026 group by employee_nip) j
on j.employee_nip = e.nip where coalesce(j.jp, 0) < 20 order by s.username;

-- training.JpReminders "select e.nip, e.name, coalesce(j.jp, 0)" "from employee e join employee s on s.nip = e.supervisor_nip left join ("
-- a supervisor's staff below the target (one step of the reminder per supervisor)
select e.nip, e.name, coalesce(j.jp, 0) from employee e join employee s on s.nip = e.supervisor_nip
left join (select employee_nip, sum(jp) as jp from jp_ledger_entry where ledger_year = 2026 group by employee_nip) j
on j.employee_nip = e.nip where coalesce(j.jp, 0) < 20 and s.username = 'pegawai7321'
order by coalesce(j.jp, 0), e.name;

-- training.ResultCorrections "insert into figure_correction"
insert into figure_correction (case_number, enrollment_id, figure, old_value, new_value, reason, corrected_by, corrected_at)
values ('KMP-2024-022222', 22222, 'POST_TEST_SCORE', 70, 75, 'Salah ketik', 'siti', now());

-- notification: the email outbox and its receipts

-- notification.EmailMessageRepository#findByCaseNumberOrderByRequestedAtAscIdAsc
select m.* from email_message m where m.case_number = 'KMP-2024-022222' order by m.requested_at, m.id;

-- notification.EmailOutbox "insert into email_message (idempotency_key, message_id, case_number, topic," " where not exists (select 1 from email_message where idempotency_key = ?)"
-- the email a step asks for, unless its key has one (the key's unique index)
insert into email_message (idempotency_key, message_id, case_number, topic, step, round, recipient, address, kind,
locale, subject, status, requested_at, about_task, process_instance_id, root_process_instance_id,
process_definition_id, job_definition_id, content)
select 'KMP-2024-022222/Event_Notify9/1/pegawai22222/KIND1', '<KMP-2024-022222.Event_Notify9.1@kompeten.test>',
'KMP-2024-022222', 'KMP-2024-022222', 'Event_Notify9', cast(1 as integer), 'pegawai22222', 'p22222@example.go.id',
'KIND1', 'id', 'Subjek', 'REQUESTED', cast(now() as timestamp with time zone), null, 'pi-22222', 'pi-22222', 'pd-1',
'jd-1', '{"subject":"Subjek"}'
where not exists (select 1 from email_message where idempotency_key = 'KMP-2024-022222/Event_Notify9/1/pegawai22222/KIND1');

-- notification.EmailDelivery "select m.idempotency_key, m.message_id, m.address, m.recipient, m.kind," " m.about_task, d.delivered_at from email_message m left join email_delivery d" " and (m.job_id is null or ?)"
-- an email to send, and its receipt if any: by the drain, which leaves an email with a job to it (false), or its job
select m.idempotency_key, m.message_id, m.address, m.recipient, m.kind, m.about_task, d.delivered_at
from email_message m left join email_delivery d on d.idempotency_key = m.idempotency_key
where m.id = 111106 and m.status = 'REQUESTED' and (m.job_id is null or false);

-- notification.EmailDelivery "update email_message set claimed_until = ? where id = ? and status = 'REQUESTED'" " and (job_id is null or ?) and (claimed_until is null or claimed_until < ?)"
-- the lease of a send
update email_message set claimed_until = now() + interval '1 minute' where id = 111106 and status = 'REQUESTED'
and (job_id is null or false) and (claimed_until is null or claimed_until < now());

-- notification.EmailDelivery "select content from email_message where id = ?"
select content from email_message where id = 111106;

-- notification.EmailDelivery "update email_message set status = ?, sent_at = ? where id = ? and status = 'REQUESTED'"
update email_message set status = 'SENT', sent_at = now() where id = 111106 and status = 'REQUESTED';

-- notification.EmailDrain "select step, process_instance_id, root_process_instance_id," " process_definition_id, job_definition_id from email_message where id = ?" " and status = 'REQUESTED' and job_id is null for update skip locked"
-- where the job of a failed send belongs
select step, process_instance_id, root_process_instance_id, process_definition_id, job_definition_id
from email_message where id = 111106 and status = 'REQUESTED' and job_id is null for update skip locked;

-- notification.EmailDrain "update email_message set job_id = ?, claimed_until = null where id = ?"
update email_message set job_id = 'job-22222', claimed_until = null where id = 111106;

-- notification.EmailDrain "select id from email_message where status = 'REQUESTED'" " and job_id is null and requested_at < ? and (claimed_until is null or claimed_until < ?)" " order by requested_at fetch first 50 rows only"
-- a node's look for emails committed and not sent (index email_message_requested)
select id from email_message where status = 'REQUESTED' and job_id is null and requested_at < now() - interval '10 seconds'
and (claimed_until is null or claimed_until < now()) order by requested_at fetch first 50 rows only;

-- notification.EmailReceipts "select delivered_at from email_delivery where idempotency_key = ?"
select delivered_at from email_delivery where idempotency_key = 'KMP-2024-022222/Event_Notify1/1/pegawai22222/KIND1/job-22222';

-- notification.EmailReceipts "insert into email_delivery (idempotency_key, message_id, delivered_at) values (?, ?, ?)"
insert into email_delivery (idempotency_key, message_id, delivered_at) values ('KMP-2026-028888/x', '<x@kompeten.example>', now());

-- security: failed logins

-- security.JdbcLoginFailures "select throttle_key, failures, last_failure from login_failure where throttle_key in (:keys)"
select throttle_key, failures, last_failure from login_failure
where throttle_key in ('p:pegawai42@10.1.42.42', 'a:pegawai42@10.1.42.42', 'u:pegawai42');

-- security.JdbcLoginFailures "update login_failure set failures = case when last_failure < :forget then 1"
update login_failure set failures = case when last_failure < now() - interval '15 minutes' then 1 else failures + 1 end,
last_failure = now() where throttle_key = 'u:pegawai42';

-- security.JdbcLoginFailures "insert into login_failure (throttle_key, user_id, failures, last_failure) select"
insert into login_failure (throttle_key, user_id, failures, last_failure) select 'u:pegawai42', 'pegawai42', 1, now()
where not exists (select 1 from login_failure where throttle_key = 'u:pegawai42');

-- security.JdbcLoginFailures "select failures from login_failure where throttle_key = :key"
select failures from login_failure where throttle_key = 'u:pegawai42';

-- security.JdbcLoginFailures "delete from login_failure where throttle_key = :key"
delete from login_failure where throttle_key = 'u:pegawai42';

-- security.JdbcLoginFailures "delete from login_failure where user_id = :user"
delete from login_failure where user_id = 'pegawai42';

-- programme: creating and changing programmes, keeping their reports

-- programme.Programmes "select count(*) from programme where code = ?"
select count(*) from programme where code = 'PG-07-2026';

-- programme.Programmes "select count(*) from programme_budget where code = ? and agency = ?"
select count(*) from programme_budget where code = 'PB-07-2026' and agency = 'Instansi 07';

-- programme.Programmes "select count(*) from competency where code = ?"
select count(*) from competency where code = 'T-001';

-- programme.Programmes "select case_number from competency_case where employee_nip = ? and cycle_year = ? and status = 'OPEN'"
select case_number from competency_case where employee_nip = '190000000000011327' and cycle_year = 2026 and status = 'OPEN';

-- programme.Programmes "insert into programme (code, name, agency, programme_year, budget_code, evaluation_date,"
insert into programme (code, name, agency, programme_year, budget_code, evaluation_date, created_by, created_at)
values ('PG-NEW', 'Program baru', 'Instansi 07', 2026, 'PB-07-2026', date '2026-12-01', 'siti', now());

-- programme.Programmes "insert into programme_goal (programme_code, figure, at_least, description) values (?, ?, ?, ?)"
insert into programme_goal (programme_code, figure, at_least, description) values ('PG-07-2026', 'gainMean', 0.3, 'Sasaran');

-- programme.Programmes "insert into programme_competency (programme_code, competency_code) values (?, ?)"
insert into programme_competency (programme_code, competency_code) values ('PG-07-2026', 'T-009');

-- programme.Programmes "insert into programme_participant (programme_code, employee_nip, added_by, added_at)"
insert into programme_participant (programme_code, employee_nip, added_by, added_at)
values ('PG-07-2026', '190000000000007001', 'siti', now());

-- programme.Programmes "update programme set process_instance_id = ? where code = ?"
update programme set process_instance_id = 'pi-programme' where code = 'PG-07-2026';

-- programme.Programmes "select case_number from programme_case where programme_code = ? order by case_number"
select case_number from programme_case where programme_code = 'PG-07-2024' order by case_number;

-- programme.ProgrammeCaseListener "insert into programme_case (programme_code, case_number) values (?, ?)"
insert into programme_case (programme_code, case_number) values ('PG-07-2026', 'KMP-2026-028888');

-- programme.ProgrammeParticipants "select employee_nip from programme_participant where programme_code = ? order by added_at, employee_nip"
select employee_nip from programme_participant where programme_code = 'PG-07-2024' order by added_at, employee_nip;

-- programme.ProgrammeChanges "select code, agency, programme_year, budget_code, process_instance_id from programme where code = ?"
select code, agency, programme_year, budget_code, process_instance_id from programme where code = 'PG-07-2026';

-- programme.ProgrammeChanges "select count(*) from programme_participant where programme_code = ? and employee_nip = ?"
select count(*) from programme_participant where programme_code = 'PG-07-2026' and employee_nip = '190000000000007001';

-- programme.ProgrammeChanges "insert into programme_participant (programme_code, employee_nip, added_by, added_at) values"
insert into programme_participant (programme_code, employee_nip, added_by, added_at)
values ('PG-07-2026', '190000000000007001', 'siti', now());

-- programme.ProgrammeChanges "select c.case_number from programme_case p join competency_case c"
select c.case_number from programme_case p join competency_case c on c.case_number = p.case_number
where p.programme_code = 'PG-11-2026' and c.employee_nip = '190000000000011327' and c.status = 'OPEN';

-- programme.ProgrammeChanges "insert into programme_session (programme_code, session_id) values (?, ?)"
insert into programme_session (programme_code, session_id) values ('PG-07-2026', 3999);

-- programme.ProgrammeChanges "insert into programme_indicator (programme_code, unit, name, before_value, after_value,"
insert into programme_indicator (programme_code, unit, name, before_value, after_value, higher_is_better, entered_by,
entered_at) values ('PG-07-2026', 'Bidang 1', 'Indeks kepuasan', 70, 75, true, 'siti', now());

-- programme.ProgrammeChanges "select max(id) from programme_indicator where programme_code = ?"
select max(id) from programme_indicator where programme_code = 'PG-07-2026';

-- programme.ProgrammeReports "select max(version) from programme_report where programme_code = ?"
select max(version) from programme_report where programme_code = 'PG-07-2026';

-- programme.ProgrammeReports "insert into programme_report (programme_code, version, final_report, report_json, generated_at)"
insert into programme_report (programme_code, version, final_report, report_json, generated_at)
values ('PG-07-2026', 4, false, '{}', now());

-- programme.ProgrammeReports "update programme_report set reviewed_by = ?, review_note = ? where programme_code = ? and version = ?"
update programme_report set reviewed_by = 'siti', review_note = 'Baik' where programme_code = 'PG-07-2026' and version = 3;

-- programme.ProgrammeReports "update programme_report set published_by = reviewed_by, published_at = ? where programme_code = ?"
update programme_report set published_by = reviewed_by, published_at = now() where programme_code = 'PG-07-2026' and version = 3;

-- report: the evaluation report, through its read model (report_* views)

-- report.ReportAssembly "select p.name, p.agency, p.programme_year, p.evaluation_date, b.allocated"
select p.name, p.agency, p.programme_year, p.evaluation_date, b.allocated
from report_programme p left join report_budget b on b.code = p.budget_code where p.code = 'PG-07-2024';

-- report.ReportAssembly "select figure, at_least, description from report_programme_goal where programme_code = ? order by id"
select figure, at_least, description from report_programme_goal where programme_code = 'PG-07-2024' order by id;

-- report.ProgrammeReportPage "select agency from report_programme where code = ?"
select agency from report_programme where code = 'PG-07-2024';

-- report.ReportVersions "select version, final_report, report_json, generated_at, reviewed_by, review_note,"
select version, final_report, report_json, generated_at, reviewed_by, review_note, published_by, published_at
from report_programme_version where programme_code = 'PG-07-2024' and version = 2;

-- report.ReportVersions "select version, final_report, report_json, generated_at, reviewed_by, review_note,"
select version, final_report, report_json, generated_at, reviewed_by, review_note, published_by, published_at
from report_programme_version where programme_code = 'PG-07-2024' and published_at is not null order by version desc;

-- report.ReportVersions "select version, final_report, report_json, generated_at, reviewed_by, review_note,"
-- the version reviewed before, whose words a new version carries over
select version, final_report, report_json, generated_at, reviewed_by, review_note, published_by, published_at
from report_programme_version where programme_code = 'PG-07-2024' and version < 3 and reviewed_by is not null
order by version desc;

-- report.ReportVersions "select section, body, written_by, written_at from report_programme_text"
select section, body, written_by, written_at from report_programme_text
where programme_code = 'PG-07-2024' and report_version = 2;

-- report.ReportVersions "select kind, finding, recommendation, evidence, written_by, written_at"
select kind, finding, recommendation, evidence, written_by, written_at
from report_programme_finding where programme_code = 'PG-07-2024' and report_version = 2 order by position;

-- report.PlanRealisation "select id, plan_number, status, decided_by, decided_at from report_agency_plan"
-- the agency's plan of a year
select id, plan_number, status, decided_by, decided_at from report_agency_plan
where agency = 'Instansi 07' and plan_year = 2024;

-- report.PlanRealisation "select l.line_no, l.competency_code, c.name, c.name_en, l.kind, l.target_group,"
-- its lines
select l.line_no, l.competency_code, c.name, c.name_en, l.kind, l.target_group, l.participants, l.jp, l.budget,
l.organiser, l.starts_on, l.ends_on, l.curriculum
from report_agency_plan_line l join report_competency c on c.code = l.competency_code
where l.plan_id = 707 order by l.line_no;

-- report.PlanRealisation "select j.employee_nip, j.kind, j.jp, j.enrollment_id, j.activity_id, c.competency_code,"
-- and the year's JP credits of the agency's employees, each with its course's competency or its plan line
select j.employee_nip, j.kind, j.jp, j.enrollment_id, j.activity_id, c.competency_code, n.session_id, n.cost,
l.competency_code, l.cost from report_jp_ledger_entry j
join report_employee e on e.nip = j.employee_nip
left join report_enrollment n on n.id = j.enrollment_id
left join report_training_session s on s.id = n.session_id
left join report_training_course c on c.code = s.course_code
left join report_development_plan_line l on l.activity_id = j.activity_id
where e.agency = 'Instansi 07' and j.ledger_year = 2024;

-- report.QuestionStats "select n.relevance, n.material, n.trainer, n.schedule_fit, n.overall, n.confidence, pe.unit, s.mode" " join report_post_training_survey n on n.case_number = k.case_number" "join report_case pc on pc.case_number = k.case_number"
-- each answer of the post-training survey of a programme's cases, with the employee's unit and the session's mode
select n.relevance, n.material, n.trainer, n.schedule_fit, n.overall, n.confidence, pe.unit, s.mode from report_programme_case k join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_post_training_survey n on n.case_number = k.case_number
join report_training_session s on s.id = n.session_id where k.programme_code = 'PG-07-2024';

-- report.QuestionStats "select n.relevance, n.material, n.trainer, n.schedule_fit, n.overall, n.confidence, pe.unit, s.mode" " join report_post_training_survey n on n.case_number = k.case_number"
-- an agency's year
select n.relevance, n.material, n.trainer, n.schedule_fit, n.overall, n.confidence, pe.unit, s.mode from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_post_training_survey n on n.case_number = k.case_number
join report_training_session s on s.id = n.session_id where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.QuestionStats "select n.source, n.round, n.rating, pe.unit, n.case_number" " join report_competency_rating n on n.case_number = k.case_number where "
-- every competency rating of a programme's cases (the needs evaluation's and the interview's)
select n.source, n.round, n.rating, pe.unit, n.case_number from report_programme_case k join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_competency_rating n on n.case_number = k.case_number where k.programme_code = 'PG-07-2024';

-- report.QuestionStats "select n.source, n.round, n.rating, pe.unit, n.case_number" " join report_competency_rating n on n.case_number = k.case_number where "
-- an agency's year
select n.source, n.round, n.rating, pe.unit, n.case_number from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_competency_rating n on n.case_number = k.case_number where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.QuestionStats "select n.kind, n.status, n.rated_at, n.usefulness, n.learning_rating, n.coach_helpfulness" " join report_development_activity n on n.employee_nip = e.nip where " " and n.started_at >= ? and n.started_at < ?"
-- the ratings of the activities a programme's participants started in its year
select n.kind, n.status, n.rated_at, n.usefulness, n.learning_rating, n.coach_helpfulness
from report_programme_participant kp join report_employee e on e.nip = kp.employee_nip
join report_development_activity n on n.employee_nip = e.nip
where kp.programme_code = 'PG-07-2024' and n.started_at >= '2024-01-01 00:00+07' and n.started_at < '2025-01-01 00:00+07';

-- report.QuestionStats "select n.kind, n.status, n.rated_at, n.usefulness, n.learning_rating, n.coach_helpfulness" " join report_development_activity n on n.employee_nip = e.nip where " " and n.started_at >= ? and n.started_at < ?"
-- of an agency's employees in a year
select n.kind, n.status, n.rated_at, n.usefulness, n.learning_rating, n.coach_helpfulness
from report_employee e join report_development_activity n on n.employee_nip = e.nip
where e.agency = 'Instansi 07' and n.started_at >= '2024-01-01 00:00+07' and n.started_at < '2025-01-01 00:00+07';

-- report.TextAnswers "select pc.case_number, pe.unit"
-- the scope's cases and their employees' units (a programme)
select pc.case_number, pe.unit from report_programme_case k join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip where k.programme_code = 'PG-07-2024';

-- report.TextAnswers "select pc.case_number, pe.unit"
-- (an agency's year)
select pc.case_number, pe.unit from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.TextAnswers "select n.id, n.case_number, n.kind, n.reason from report_case_decision n where n.case_number in ("
-- their decisions, 500 cases at a time
select n.id, n.case_number, n.kind, n.reason from report_case_decision n
where n.case_number in ('KMP-2024-000001', 'KMP-2024-000004', 'KMP-2024-000007');

-- report.TextAnswers "select t.answer_id, t.theme from report_answer_theme t where t.source in (" ") and t.answer_id in ("
-- their themes, by the decisions' ids
select t.answer_id, t.theme from report_answer_theme t where t.source in ('FOLLOW_UP_REASON', 'HR_REVIEW_NOTE')
and t.answer_id in (101, 102, 103);

-- report.TextAnswers "select n.id, n.action_plan, n.participant_comment, e.unit, t.source, t.theme" " join report_development_activity n on n.employee_nip = e.nip left join report_answer_theme t" " and n.started_at >= ? and n.started_at < ?"
-- the action plans and comments of the activities a programme's participants started in its year
select n.id, n.action_plan, n.participant_comment, e.unit, t.source, t.theme
from report_programme_participant kp join report_employee e on e.nip = kp.employee_nip
join report_development_activity n on n.employee_nip = e.nip left join report_answer_theme t
on t.source in ('ACTIVITY_ACTION_PLAN', 'ACTIVITY_COMMENT') and t.answer_id = n.id
where kp.programme_code = 'PG-07-2024' and n.started_at >= '2024-01-01 00:00+07' and n.started_at < '2025-01-01 00:00+07';

-- report.TextAnswers "select n.id, n.action_plan, n.participant_comment, e.unit, t.source, t.theme" " join report_development_activity n on n.employee_nip = e.nip left join report_answer_theme t" " and n.started_at >= ? and n.started_at < ?"
-- of an agency's employees in a year
select n.id, n.action_plan, n.participant_comment, e.unit, t.source, t.theme
from report_employee e join report_development_activity n on n.employee_nip = e.nip left join report_answer_theme t
on t.source in ('ACTIVITY_ACTION_PLAN', 'ACTIVITY_COMMENT') and t.answer_id = n.id
where e.agency = 'Instansi 07' and n.started_at >= '2024-01-01 00:00+07' and n.started_at < '2025-01-01 00:00+07';

-- report.TextAnswers "select k.case_number" " from report_programme_case k join report_programme p on p.code = k.programme_code" " where p.agency = ? and p.programme_year = ?"
-- the cases of an agency's programmes of a year (their answers are coded in the programmes' reviews)
select k.case_number from report_programme_case k join report_programme p on p.code = k.programme_code
where p.agency = 'Instansi 07' and p.programme_year = 2024;

-- report.TextAnswers "select programme_year from report_programme where code = ?"
select programme_year from report_programme where code = 'PG-07-2024';

-- report.TextAnswers "select n.id, n.case_number, n.development_goal, pe.unit, t.theme" " join report_needs_survey n on n.case_number = k.case_number left join report_answer_theme t" "join report_case pc on pc.case_number = k.case_number"
-- the development goals of its needs surveys, each with the themes HR coded it with (a programme)
select n.id, n.case_number, n.development_goal, pe.unit, t.theme from report_programme_case k join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_needs_survey n on n.case_number = k.case_number left join report_answer_theme t
on t.source = 'DEVELOPMENT_GOAL' and t.answer_id = n.id where k.programme_code = 'PG-07-2024';

-- report.TextAnswers "select n.id, n.case_number, n.development_goal, pe.unit, t.theme" " join report_needs_survey n on n.case_number = k.case_number left join report_answer_theme t" "join report_case pc on pc.case_number = k.case_number"
-- the development goals of its needs surveys, each with the themes HR coded it with (an agency's year)
select n.id, n.case_number, n.development_goal, pe.unit, t.theme from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_needs_survey n on n.case_number = k.case_number left join report_answer_theme t
on t.source = 'DEVELOPMENT_GOAL' and t.answer_id = n.id where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.TextAnswers "select n.id, n.case_number, n.action_plan, n.comments, pe.unit, t.source, t.theme" " join report_post_training_survey n on n.case_number = k.case_number left join report_answer_theme t"
-- the action plans and comments of its post-training surveys, with their themes (a programme)
select n.id, n.case_number, n.action_plan, n.comments, pe.unit, t.source, t.theme from report_programme_case k join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_post_training_survey n on n.case_number = k.case_number left join report_answer_theme t
on t.source in ('ACTION_PLAN', 'COMMENT') and t.answer_id = n.id where k.programme_code = 'PG-07-2024';

-- report.TextAnswers "select n.id, n.case_number, n.action_plan, n.comments, pe.unit, t.source, t.theme" " join report_post_training_survey n on n.case_number = k.case_number left join report_answer_theme t"
-- the action plans and comments of its post-training surveys, with their themes (an agency's year)
select n.id, n.case_number, n.action_plan, n.comments, pe.unit, t.source, t.theme from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_post_training_survey n on n.case_number = k.case_number left join report_answer_theme t
on t.source in ('ACTION_PLAN', 'COMMENT') and t.answer_id = n.id where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.TextAnswers "select n.id, n.case_number, pe.unit" " join report_supervisor_interview n on n.case_number = pc.case_number"
-- the interviews of its cases (a programme)
select n.id, n.case_number, pe.unit from report_programme_case k join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_supervisor_interview n on n.case_number = pc.case_number where k.programme_code = 'PG-07-2024';

-- report.TextAnswers "select n.id, n.case_number, pe.unit" " join report_supervisor_interview n on n.case_number = pc.case_number"
-- the interviews of its cases (an agency's year)
select n.id, n.case_number, pe.unit from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case pc on pc.case_number = k.case_number join report_employee pe on pe.nip = pc.employee_nip
join report_supervisor_interview n on n.case_number = pc.case_number where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.TextAnswers "select n.id, n.behaviour_notes, t.theme from report_supervisor_interview n" " where n.id in ("
-- and their notes with their themes, 500 at a time
select n.id, n.behaviour_notes, t.theme from report_supervisor_interview n
left join report_answer_theme t on t.source = 'BEHAVIOUR_NOTES' and t.answer_id = n.id where n.id in (11, 12, 13);

-- programme.AnswerThemes "delete from answer_theme where source = ? and answer_id = ?"
-- a review's coding replaces the answer's earlier one
delete from answer_theme where source = 'ACTION_PLAN' and answer_id = 4444;

-- programme.AnswerThemes "insert into answer_theme (source, answer_id, case_number, theme, coded_by, coded_at)"
insert into answer_theme (source, answer_id, case_number, theme, coded_by, coded_at)
values ('ACTION_PLAN', 4444, 'KMP-2024-004444', 'ANGGARAN', 'siti', '2024-09-01 10:00+07');

-- programme.ProgrammeReports "update programme_report set report_json = ? where programme_code = ? and version = ?"
-- the version as its review left it: its answers' themes as coded then
update programme_report set report_json = '{"code":"PG-07-2024"}' where programme_code = 'PG-07-2024' and version = 2;

-- programme.ReportTexts "delete from programme_report_text where programme_code = ? and report_version = ?"
-- a review submitted again replaces its words
delete from programme_report_text where programme_code = 'PG-07-2024' and report_version = 2;

-- programme.ReportTexts "delete from programme_report_finding where programme_code = ? and report_version = ?"
delete from programme_report_finding where programme_code = 'PG-07-2024' and report_version = 2;

-- programme.ReportTexts "insert into programme_report_text (programme_code, report_version, section, body, written_by,"
insert into programme_report_text (programme_code, report_version, section, body, written_by, written_at)
values ('PG-07-2024', 2, 'hasil', 'Teks BKPSDM', 'siti', '2024-09-01 10:00+07');

-- programme.ReportTexts "insert into programme_report_finding (programme_code, report_version, position, kind, finding,"
insert into programme_report_finding (programme_code, report_version, position, kind, finding, recommendation, evidence,
                                      written_by, written_at)
values ('PG-07-2024', 2, 1, 'CHALLENGE', 'Temuan', null, 'attendanceRate', 'siti', '2024-09-01 10:00+07');

-- report.NeedsAnalysis "select count(*) from report_employee e where e.agency = ?"
-- the needs analysis: the agency's employees
select count(*) from report_employee e where e.agency = 'Instansi 07';

-- report.NeedsAnalysis "select ke.nip, ke.unit, p.name, c.code, c.name, c.name_en, n.priority, n.gap, l.kind,"
-- and the first round's needs of its cases of the year, each with its employee's position and its plan's line
select ke.nip, ke.unit, p.name, c.code, c.name, c.name_en, n.priority, n.gap, l.kind, l.proposed_kind, l.intended_jp,
l.proposed_jp, l.cost, l.proposed_cost, l.dropped_reason
from report_case k join report_employee ke on ke.nip = k.employee_nip
join report_training_need n on n.case_number = k.case_number
join report_competency c on c.code = n.competency_code
join report_position p on p.code = ke.position_code
left join report_development_plan_line l on l.case_number = n.case_number and l.competency_code = n.competency_code
where ke.agency = 'Instansi 07' and k.cycle_year = 2024 and n.round = 1;

-- report.ReportData "select coalesce(sum(allocated), 0) from report_budget where agency = ? and budget_year = ?"
select coalesce(sum(allocated), 0) from report_budget where agency = 'Instansi 07' and budget_year = 2024;

-- report.ReportData "select n.case_number, n.outcome, n.status, n.round, n.jp_credited" " join report_case n"
-- a programme's cases, each once (the scope's rows joined, not in (select ...): H2 tested such an in row by row)
select n.case_number, n.outcome, n.status, n.round, n.jp_credited from report_programme_case k join report_case n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024'
order by n.case_number;

-- report.ReportData "select n.case_number, n.outcome, n.status, n.round, n.jp_credited" " join report_case n"
-- an agency's year
select n.case_number, n.outcome, n.status, n.round, n.jp_credited from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024
order by n.case_number;

-- report.ReportData "select n.case_number, n.measure, n.score, n.detail" " join report_evaluation_result n"
-- their first round's evaluations, one row each (the highest of each measure taken in Java)
select n.case_number, n.measure, n.score, n.detail from report_programme_case k join report_evaluation_result n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024' and n.round = 1;

-- report.ReportData "select n.case_number, n.measure, n.score, n.detail" " join report_evaluation_result n"
select n.case_number, n.measure, n.score, n.detail from report_case k join report_employee ke on ke.nip = k.employee_nip join report_evaluation_result n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024 and n.round = 1;

-- report.ReportData "report_training_need" " and n.round = 1 and n.priority <> 'NONE'"
select n.case_number from report_programme_case k join report_training_need n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024' and n.round = 1 and n.priority <> 'NONE';

-- report.ReportData "report_training_need" " and n.round = 1 and n.priority <> 'NONE'"
select n.case_number from report_case k join report_employee ke on ke.nip = k.employee_nip join report_training_need n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024 and n.round = 1 and n.priority <> 'NONE';

-- report.ReportData "select n.case_number, n.status, case when n.status in ('ENROLLED', 'ATTENDED') then n.cost else 0 end" " join report_enrollment n"
select n.case_number, n.status, case when n.status in ('ENROLLED', 'ATTENDED') then n.cost else 0 end from report_programme_case k join report_enrollment n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024';

-- report.ReportData "select n.case_number, n.status, case when n.status in ('ENROLLED', 'ATTENDED') then n.cost else 0 end" " join report_enrollment n"
select n.case_number, n.status, case when n.status in ('ENROLLED', 'ATTENDED') then n.cost else 0 end from report_case k join report_employee ke on ke.nip = k.employee_nip join report_enrollment n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.ReportData "report_post_training_survey"
select n.case_number from report_programme_case k join report_post_training_survey n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024';

-- report.ReportData "report_post_training_survey"
select n.case_number from report_case k join report_employee ke on ke.nip = k.employee_nip join report_post_training_survey n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.ReportData "report_supervisor_interview"
select n.case_number from report_programme_case k join report_supervisor_interview n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024';

-- report.ReportData "report_supervisor_interview"
select n.case_number from report_case k join report_employee ke on ke.nip = k.employee_nip join report_supervisor_interview n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.ProgrammeEvidence "select c.code, c.name, c.name_en from report_programme_competency p join report_competency c"
select c.code, c.name, c.name_en from report_programme_competency p join report_competency c
on c.code = p.competency_code where p.programme_code = 'PG-07-2024' order by c.code;

-- report.ProgrammeEvidence "select s.id, c.title, c.organiser, s.mode, s.starts_at, s.ends_at," " union select session_id from report_programme_session where programme_code in (" "report_programme_case k" "select code from report_programme where code = ?"
-- a programme's sessions: those it offers and those its cases were enrolled in (one in over a union: with two in's joined by or, H2 ran the first again for every session)
select s.id, c.title, c.organiser, s.mode, s.starts_at, s.ends_at, coalesce(s.location, s.online_link), s.seats,
 (select count(*) from report_enrollment n where n.session_id = s.id and n.status in ('ENROLLED', 'ATTENDED'))
from report_training_session s join report_training_course c on c.code = s.course_code
where s.id in (select n.session_id from report_programme_case k join report_enrollment n on n.case_number = k.case_number
               where k.programme_code = 'PG-07-2024'
               union select session_id from report_programme_session where programme_code in
               (select code from report_programme where code = 'PG-07-2024'))
order by s.starts_at, s.id;

-- report.ProgrammeEvidence "select s.id, c.title, c.organiser, s.mode, s.starts_at, s.ends_at," " union select session_id from report_programme_session where programme_code in (" "report_case k join report_employee ke on ke.nip = k.employee_nip" "select code from report_programme where agency = ? and programme_year = ?"
-- an agency's year
select s.id, c.title, c.organiser, s.mode, s.starts_at, s.ends_at, coalesce(s.location, s.online_link), s.seats,
 (select count(*) from report_enrollment n where n.session_id = s.id and n.status in ('ENROLLED', 'ATTENDED'))
from report_training_session s join report_training_course c on c.code = s.course_code
where s.id in (select n.session_id from report_case k join report_employee ke on ke.nip = k.employee_nip join report_enrollment n on n.case_number = k.case_number
               where ke.agency = 'Instansi 07' and k.cycle_year = 2024
               union select session_id from report_programme_session where programme_code in
               (select code from report_programme where agency = 'Instansi 07' and programme_year = 2024))
order by s.starts_at, s.id;

-- report.ProgrammeEvidence "select count(distinct n.case_number)" "report_needs_survey" "report_programme_case k"
select count(distinct n.case_number) from report_programme_case k join report_needs_survey n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024';

-- report.ProgrammeEvidence "select count(distinct n.case_number)" "report_needs_survey" "report_case k join report_employee ke on ke.nip = k.employee_nip"
select count(distinct n.case_number) from report_case k join report_employee ke on ke.nip = k.employee_nip join report_needs_survey n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.ProgrammeEvidence "select count(distinct n.case_number)" "report_competency_rating" " and n.source = 'SUPERVISOR'" "report_programme_case k"
select count(distinct n.case_number) from report_programme_case k join report_competency_rating n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024' and n.source = 'SUPERVISOR';

-- report.ProgrammeEvidence "select count(distinct n.case_number)" "report_competency_rating" " and n.source = 'SUPERVISOR'" "report_case k join report_employee ke on ke.nip = k.employee_nip"
select count(distinct n.case_number) from report_case k join report_employee ke on ke.nip = k.employee_nip join report_competency_rating n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024 and n.source = 'SUPERVISOR';

-- report.ProgrammeEvidence "select sum(case when n.status = 'ATTENDED' then 1 else 0 end)," "report_enrollment" "report_programme_case k"
select sum(case when n.status = 'ATTENDED' then 1 else 0 end),
 sum(case when n.pre_test_score is not null and n.post_test_score is not null then 1 else 0 end)
 from report_programme_case k join report_enrollment n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024';

-- report.ProgrammeEvidence "select sum(case when n.status = 'ATTENDED' then 1 else 0 end)," "report_enrollment" "report_case k join report_employee ke on ke.nip = k.employee_nip"
select sum(case when n.status = 'ATTENDED' then 1 else 0 end),
 sum(case when n.pre_test_score is not null and n.post_test_score is not null then 1 else 0 end)
 from report_case k join report_employee ke on ke.nip = k.employee_nip join report_enrollment n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.ProgrammeEvidence "select count(*)" "report_post_training_survey" "report_programme_case k"
select count(*) from report_programme_case k join report_post_training_survey n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024';

-- report.ProgrammeEvidence "select count(*)" "report_post_training_survey" "report_case k join report_employee ke on ke.nip = k.employee_nip"
select count(*) from report_case k join report_employee ke on ke.nip = k.employee_nip join report_post_training_survey n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.ProgrammeEvidence "select count(distinct n.case_number)" "report_case_event" " and n.step_id = 'Event_NotifyInterview'" "report_programme_case k"
select count(distinct n.case_number) from report_programme_case k join report_case_event n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024' and n.step_id = 'Event_NotifyInterview';

-- report.ProgrammeEvidence "select count(distinct n.case_number)" "report_case_event" " and n.step_id = 'Event_NotifyInterview'" "report_case k join report_employee ke on ke.nip = k.employee_nip"
select count(distinct n.case_number) from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case_event n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024 and n.step_id = 'Event_NotifyInterview';

-- report.ProgrammeEvidence "select count(*) from report_programme_indicator where programme_code in ("
select count(*) from report_programme_indicator
where programme_code in (select code from report_programme where code = 'PG-07-2024');

-- report.ProgrammeEvidence "select count(*) from report_programme_indicator where programme_code in ("
select count(*) from report_programme_indicator
where programme_code in (select code from report_programme where agency = 'Instansi 07' and programme_year = 2024);

-- report.ProgrammeEvidence "select count(*), count(answered_at) from report_unit_head_interview" "select code from report_programme where code = ?"
select count(*), count(answered_at) from report_unit_head_interview where programme_code in (select code from report_programme where code = 'PG-07-2024');

-- report.ProgrammeEvidence "select programme_code, unit, answered_at, team_work, report_quality, administration_speed," "select code from report_programme where code = ?"
select programme_code, unit, answered_at, team_work, report_quality, administration_speed, public_satisfaction,
       observed_changes, obstacles from report_unit_head_interview where programme_code in (select code from report_programme where code = 'PG-07-2024')
order by unit, programme_code;

-- report.QuestionStats "select n.team_work, n.report_quality, n.administration_speed, n.public_satisfaction, n.unit"
select n.team_work, n.report_quality, n.administration_speed, n.public_satisfaction, n.unit
from report_unit_head_interview n where n.answered_at is not null and n.programme_code in (select code from report_programme where code = 'PG-07-2024');

-- report.TextAnswers "select n.id, n.unit, n.observed_changes, n.obstacles, t.source, t.theme from report_unit_head_interview n"
select n.id, n.unit, n.observed_changes, n.obstacles, t.source, t.theme from report_unit_head_interview n
left join report_answer_theme t on t.source in ('UNIT_HEAD_CHANGES', 'UNIT_HEAD_OBSTACLES') and t.answer_id = n.id
where n.answered_at is not null and n.programme_code in (select code from report_programme where code = 'PG-07-2024');

-- report.ProgrammeEvidence "select count(*), count(answered_at) from report_unit_head_interview" "select code from report_programme where agency = ? and programme_year = ?"
select count(*), count(answered_at) from report_unit_head_interview where programme_code in (select code from report_programme where agency = 'Instansi 07' and programme_year = 2024);

-- report.ProgrammeEvidence "select programme_code, unit, answered_at, team_work, report_quality, administration_speed," "select code from report_programme where agency = ? and programme_year = ?"
select programme_code, unit, answered_at, team_work, report_quality, administration_speed, public_satisfaction,
       observed_changes, obstacles from report_unit_head_interview where programme_code in (select code from report_programme where agency = 'Instansi 07' and programme_year = 2024)
order by unit, programme_code;

-- report.QuestionStats "select n.team_work, n.report_quality, n.administration_speed, n.public_satisfaction, n.unit"
select n.team_work, n.report_quality, n.administration_speed, n.public_satisfaction, n.unit
from report_unit_head_interview n where n.answered_at is not null and n.programme_code in (select code from report_programme where agency = 'Instansi 07' and programme_year = 2024);

-- report.TextAnswers "select n.id, n.unit, n.observed_changes, n.obstacles, t.source, t.theme from report_unit_head_interview n"
select n.id, n.unit, n.observed_changes, n.obstacles, t.source, t.theme from report_unit_head_interview n
left join report_answer_theme t on t.source in ('UNIT_HEAD_CHANGES', 'UNIT_HEAD_OBSTACLES') and t.answer_id = n.id
where n.answered_at is not null and n.programme_code in (select code from report_programme where agency = 'Instansi 07' and programme_year = 2024);

-- programme.UnitHeadInterviewForm "insert into unit_head_interview (programme_code, unit, head_username, asked_at)"
-- the head asked, once per programme and unit
insert into unit_head_interview (programme_code, unit, head_username, asked_at)
select 'PG-07-2024', 'Bidang 1', 'kabid1', '2024-09-01 10:00+07' where not exists (select 1 from unit_head_interview
where programme_code = 'PG-07-2024' and unit = 'Bidang 1');

-- programme.UnitHeadInterviewForm "select name from programme where code = ?"
select name from programme where code = 'PG-07-2024';

-- programme.UnitHeadInterviewForm "select count(*) from unit_head_interview where programme_code = ?"
select count(*) from unit_head_interview where programme_code = 'PG-07-2024' and unit = 'Bidang 1' and answered_at is null;

-- programme.UnitHeadInterviewForm "update unit_head_interview set answered_at = ?, team_work = ?, report_quality = ?,"
update unit_head_interview set answered_at = '2024-09-02 10:00+07', team_work = 4, report_quality = 4,
administration_speed = 3, public_satisfaction = 4, observed_changes = 'Lebih cepat', obstacles = null
where programme_code = 'PG-07-2024' and unit = 'Bidang 1' and answered_at is null;

-- report.ProgrammeEvidence "select min(n.opened_at)" "report_case" "report_programme_case k"
select min(n.opened_at) from report_programme_case k join report_case n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024';

-- report.ProgrammeEvidence "select min(n.opened_at)" "report_case" "report_case k join report_employee ke on ke.nip = k.employee_nip"
select min(n.opened_at) from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.ProgrammeEvidence "select max(n.occurred_at)" "report_case_event" "report_programme_case k"
select max(n.occurred_at) from report_programme_case k join report_case_event n on n.case_number = k.case_number
where k.programme_code = 'PG-07-2024';

-- report.ProgrammeEvidence "select max(n.occurred_at)" "report_case_event" "report_case k join report_employee ke on ke.nip = k.employee_nip"
select max(n.occurred_at) from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case_event n on n.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.ProgrammeEvidence "select id, unit, name, before_value, after_value, higher_is_better from report_programme_indicator"
select id, unit, name, before_value, after_value, higher_is_better from report_programme_indicator
where programme_code in (select code from report_programme where code = 'PG-07-2024') order by unit, name, id;

-- report.ProgrammeEvidence "select id, unit, name, before_value, after_value, higher_is_better from report_programme_indicator"
select id, unit, name, before_value, after_value, higher_is_better from report_programme_indicator
where programme_code in (select code from report_programme where agency = 'Instansi 07' and programme_year = 2024)
order by unit, name, id;

-- report.ProgrammeEvidence "select e.nip, e.name" "report_programme_participant kp join report_employee e on e.nip = kp.employee_nip"
select e.nip, e.name from report_programme_participant kp join report_employee e on e.nip = kp.employee_nip where kp.programme_code = 'PG-07-2024';

-- report.ProgrammeEvidence "select e.nip, e.name" "report_employee e"
select e.nip, e.name from report_employee e where e.agency = 'Instansi 07';

-- report.ProgrammeEvidence "select c.employee_nip, c.case_number" " join report_case c on c.case_number = k.case_number where " "report_programme_case k"
select c.employee_nip, c.case_number from report_programme_case k join report_case c on c.case_number = k.case_number
where k.programme_code = 'PG-07-2024';

-- report.ProgrammeEvidence "select c.employee_nip, c.case_number" " join report_case c on c.case_number = k.case_number where " "report_case k join report_employee ke on ke.nip = k.employee_nip"
select c.employee_nip, c.case_number from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case c on c.case_number = k.case_number
where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- report.ProgrammeEvidence "select j.employee_nip, j.jp" " join (" "report_programme_participant kp join report_employee e on e.nip = kp.employee_nip"
-- the people's JP of the year (training.JpLedger.YEAR_TOTALS)
select j.employee_nip, j.jp from report_programme_participant kp join report_employee e on e.nip = kp.employee_nip
join (select employee_nip, sum(jp) as jp from jp_ledger_entry where ledger_year = 2024 group by employee_nip) j
  on j.employee_nip = e.nip
where kp.programme_code = 'PG-07-2024';

-- report.ProgrammeEvidence "select j.employee_nip, j.jp" " join (" "report_employee e"
select j.employee_nip, j.jp from report_employee e
join (select employee_nip, sum(jp) as jp from jp_ledger_entry where ledger_year = 2024 group by employee_nip) j
  on j.employee_nip = e.nip
where e.agency = 'Instansi 07';

-- report.ProgrammeEvidence "select l.kind, count(distinct l.employee_nip), count(*), sum(l.jp)" "join report_jp_ledger_entry l on l.employee_nip = e.nip where l.ledger_year = ? and" "report_programme_participant kp join report_employee e on e.nip = kp.employee_nip"
-- the people's JP of the year by form of development
select l.kind, count(distinct l.employee_nip), count(*), sum(l.jp) from report_programme_participant kp
join report_employee e on e.nip = kp.employee_nip
join report_jp_ledger_entry l on l.employee_nip = e.nip where l.ledger_year = 2024 and kp.programme_code = 'PG-07-2024'
group by l.kind;

-- report.ProgrammeEvidence "select l.kind, count(distinct l.employee_nip), count(*), sum(l.jp)" "join report_jp_ledger_entry l on l.employee_nip = e.nip where l.ledger_year = ? and" "report_employee e"
select l.kind, count(distinct l.employee_nip), count(*), sum(l.jp) from report_employee e
join report_jp_ledger_entry l on l.employee_nip = e.nip where l.ledger_year = 2024 and e.agency = 'Instansi 07'
group by l.kind;

-- report.ReportRenderer "select c.case_number, e.name" " join report_case c on c.case_number = k.case_number"
-- the names behind a figure's cases
select c.case_number, e.name from report_programme_case k join report_case c on c.case_number = k.case_number
join report_employee e on e.nip = c.employee_nip where k.programme_code = 'PG-07-2024';

-- report.ReportRenderer "select c.case_number, e.name" " join report_case c on c.case_number = k.case_number"
select c.case_number, e.name from report_case k join report_employee ke on ke.nip = k.employee_nip join report_case c on c.case_number = k.case_number
join report_employee e on e.nip = c.employee_nip where ke.agency = 'Instansi 07' and k.cycle_year = 2024;

-- plan.DevelopmentPlans "select cycle_year from competency_case where case_number = ?"
select cycle_year from competency_case where case_number = 'KMP-2024-012345';

-- plan.DevelopmentPlans "select coalesce(sum(allocated), 0) from programme_budget "
-- the agency's budget for the plan's year
select coalesce(sum(allocated), 0) from programme_budget where agency = 'Instansi 07' and budget_year = 2024;

-- plan.DevelopmentPlans "select coalesce(sum(total_cost), 0) from development_plan "
-- what the agency's other approved plans of the year estimate
select coalesce(sum(total_cost), 0) from development_plan
where agency = 'Instansi 07' and cycle_year = 2024 and status = 'APPROVED' and case_number <> 'KMP-2024-012345';

-- demo: the demo's generated year (profile demo only)

-- demo.DemoYear "select count(*) from employee where username = 'rina'"
select count(*) from employee where username = 'rina';

-- demo.DemoYear "select case_number from competency_case where employee_nip = ? and cycle_year = ?"
select case_number from competency_case where employee_nip = '190000000000007329' and cycle_year = 2024;
