-- Ten years (2017-2026) of a province running Kompeten, for PostgresIndexTests: 20 agencies of 1,000 employees each,
-- 3,000 cases a year (the current year's mostly open), each with its surveys, ratings, needs, enrolment, results,
-- timeline, emails and receipts; 20 programmes a year holding those cases. Every table of ours gets rows; those that
-- grow with cases, employees, emails or logins at least 10,000, enough that the planner prefers an index to reading
-- the table (PostgresIndexTests.SMALL names the others and why they stay small). Deterministic: the same plans each run.

-- the catalogue: 9 national competencies (V2) and 40 technical ones, 200 positions, 6 requirements each
insert into competency (code, name, name_en, competency_type)
select 'T-' || lpad(i::text, 3, '0'), 'Teknis ' || i, 'Technical ' || i, 'TEKNIS' from generate_series(1, 40) i;
insert into position (code, name) select 'P-' || lpad(i::text, 3, '0'), 'Jabatan ' || i from generate_series(1, 200) i;
insert into position_requirement (position_code, competency_code, required_level)
select 'P-' || lpad(i::text, 3, '0'), 'T-' || lpad(((i + k) % 40 + 1)::text, 3, '0'), 1 + (i + k) % 5
from generate_series(1, 200) i, generate_series(0, 5) k;

-- employee i of agency (i - 1) / 1000: teams of 10 under their first, ten teams under a unit's head, ten units under
-- the agency's head, who reports to nobody
insert into employee (nip, name, email, username, agency, position_code, supervisor_nip, locale, unit)
select '19' || lpad(i::text, 16, '0'), 'Pegawai ' || i, 'pegawai' || i || '@kompeten.example', 'pegawai' || i,
       'Instansi ' || lpad(((i - 1) / 1000)::text, 2, '0'), 'P-' || lpad((i % 200 + 1)::text, 3, '0'), null,
       case when i % 9 = 0 then 'en' else 'id' end, 'Bidang ' || ((i - 1) / 100 % 10)
from generate_series(1, 20000) i order by md5(i::text); -- stored in no order of theirs, as employees come and go
update employee e set supervisor_nip = '19' || lpad(s.head::text, 16, '0')
from (select i, case when (i - 1) % 10 <> 0 then i - (i - 1) % 10
                     when (i - 1) % 100 <> 0 then i - (i - 1) % 100
                     when (i - 1) % 1000 <> 0 then i - (i - 1) % 1000 end as head
      from generate_series(1, 20000) i) s
where e.nip = '19' || lpad(s.i::text, 16, '0') and s.head is not null;

-- the offer: a budget per agency and year, 400 courses, 400 sessions a year
insert into programme_budget (code, name, agency, budget_year, allocated)
select 'PB-' || lpad(a::text, 2, '0') || '-' || y, 'Anggaran ' || a || ' ' || y, 'Instansi ' || lpad(a::text, 2, '0'), y,
       500000000
from generate_series(0, 19) a, generate_series(2017, 2026) y;
insert into training_course (code, title, organiser, competency_code)
select 'TC-' || lpad(i::text, 3, '0'), 'Pelatihan ' || i, 'Penyelenggara ' || (i % 12),
       case when i % 10 = 0 then 'M-KOM' else 'T-' || lpad((i % 40 + 1)::text, 3, '0') end
from generate_series(1, 400) i;
insert into training_session (id, course_code, budget_code, mode, starts_at, ends_at, location, online_link, seats,
                              cost_per_participant, minutes)
select i, 'TC-' || lpad(((i - 1) % 400 + 1)::text, 3, '0'),
       'PB-' || lpad((i % 20)::text, 2, '0') || '-' || (2017 + (i - 1) / 400),
       case when i % 3 = 0 then 'E_LEARNING' else 'KLASIKAL' end,
       make_timestamptz(2017 + (i - 1) / 400, 1 + i % 12, 1 + i % 25, 1, 0, 0, 'UTC'),
       make_timestamptz(2017 + (i - 1) / 400, 1 + i % 12, 3 + i % 25, 9, 0, 0, 'UTC'),
       case when i % 3 = 0 then null else 'Gedung ' || (i % 5) end,
       case when i % 3 = 0 then 'https://belajar.example/' || i end, 30, 2500000, 900
from generate_series(1, 4000) i;

-- case n: year 2017 + (n - 1) / 3000, of employee ((n - 1) % 3000) * 6 + year % 6 + 1; a third without training
create temporary table years_case as
select n, 2017 + (n - 1) / 3000 as y,
       '19' || lpad((((n - 1) % 3000) * 6 + (2017 + (n - 1) / 3000) % 6 + 1)::text, 16, '0') as nip,
       'KMP-' || (2017 + (n - 1) / 3000) || '-' || lpad(n::text, 6, '0') as case_number,
       make_timestamptz(2017 + (n - 1) / 3000, 1 + n % 6, 1 + n % 28, 2, 0, 0, 'UTC') as opened,
       n % 3 <> 0 as trained,
       ((2017 + (n - 1) / 3000) - 2017) * 400 + n % 400 + 1 as session_id
from generate_series(1, 30000) n;

insert into competency_case (case_number, employee_nip, cycle_year, status, current_step, round, process_instance_id,
                             outcome, outcome_reason, jp_credited, opened_by, opened_at, closed_at)
select case_number, nip, y, case when y = 2026 and n % 5 <> 0 then 'OPEN' else 'CLOSED' end,
       case when y = 2026 and n % 5 <> 0 then 'Wawancara atasan' end, 1 + (n % 7 = 0)::int, 'pi-' || n,
       case when y = 2026 and n % 5 <> 0 then null when not trained then 'NO_NEED' when n % 11 = 0 then 'CLOSED_BY_HR'
            else 'COMPLETED' end,
       case when n % 11 = 0 then 'Pindah tugas' end, case when trained then 20 else 0 end, 'siti', opened,
       case when y = 2026 and n % 5 <> 0 then null else opened + interval '150 days' end
from years_case;

insert into case_event (id, case_number, step_id, step_name, actor, occurred_at, detail)
select (n - 1) * 8 + k, case_number,
       (array['StartEvent_CaseOpened', 'Event_NotifyNeedsSurvey', 'Task_FillNeedsSurvey', 'Task_AssessCompetencies',
              'Task_EvaluateTrainingNeeds', 'Task_ScheduleTraining', 'Event_NotifyInterview', 'EndEvent_CaseClosed'])[k],
       'Langkah ' || k, case when k in (3, 4) then 'pegawai' || n % 20000 end, opened + k * interval '10 days', null
from years_case, generate_series(1, 8) k;

insert into needs_survey (id, case_number, development_goal, preferred_mode, submitted_by, submitted_at)
select n, case_number, 'Menguasai kompetensi teknis', 'KLASIKAL', 'pegawai' || n, opened + interval '5 days'
from years_case;

insert into competency_rating (id, case_number, round, competency_code, source, rating, rated_by, rated_at)
select (n - 1) * 4 + k + 1, case_number, 1, 'T-' || lpad(((n + k / 2) % 40 + 1)::text, 3, '0'),
       case when k % 2 = 0 then 'SELF' else 'SUPERVISOR' end, 1 + (n + k) % 5, 'pegawai' || n, opened + interval '6 days'
from years_case, generate_series(0, 3) k;

insert into training_need (id, case_number, round, competency_code, required_level, current_level, gap, priority,
                           priority_rank)
select (n - 1) * 2 + k, case_number, 1, 'T-' || lpad(((n + k) % 40 + 1)::text, 3, '0'), 3, 2, 1,
       case when not trained then 'NONE' when k = 1 then 'HIGH' else 'MEDIUM' end, k
from years_case, generate_series(1, 2) k;

insert into case_decision (id, case_number, round, kind, decision, reason, decided_by, decided_at)
select n, case_number, 1, 'FOLLOW_UP_APPROVAL', 'APPROVED', null, 'pegawai' || n, opened + interval '140 days'
from years_case where n % 3 = 1;

insert into enrollment (id, case_number, session_id, employee_nip, round, status, attended_minutes, pre_test_score,
                        post_test_score, cost, enrolled_at)
select n, case_number, session_id, nip, 1,
       case when y = 2026 and n % 5 <> 0 then 'ENROLLED' when n % 10 = 1 then 'ABSENT' else 'ATTENDED' end,
       case when n % 10 <> 1 then 900 end, 40 + n % 20, 60 + n % 40, 2500000, opened + interval '20 days'
from years_case where trained;

insert into post_training_survey (id, case_number, round, session_id, relevance, material, trainer, schedule_fit, overall,
                                  confidence, action_plan, comments, submitted_by, submitted_at)
select n, case_number, 1, session_id, 4, 4, 5, 3, 4, 4, 'Menerapkan di unit kerja', null, 'pegawai' || n,
       opened + interval '30 days'
from years_case where trained;

insert into supervisor_interview (id, case_number, round, behaviour_notes, interviewed_by, interviewed_at)
select n, case_number, 1, 'Sudah menerapkan', 'pegawai' || n, opened + interval '130 days'
from years_case where trained;

insert into evaluation_result (id, case_number, round, measure, score, band, detail, evaluated_at)
select (n - 1) * 4 + k, case_number, 1, (array['REACTION', 'RELEVANCE', 'LEARNING_GAIN', 'TRANSFER'])[k],
       0.5 + (n % 5) / 10.0, 'BAIK', case when k = 4 then 'T-001' end, opened + interval '135 days'
from years_case, generate_series(1, 4) k where trained;

insert into jp_ledger_entry (id, employee_nip, ledger_year, case_number, enrollment_id, activity, minutes, jp,
                             credited_at, certificate_number)
select n, nip, y, case_number, n, 'Pelatihan ' || session_id, 900, 20, opened + interval '25 days',
       'KMP-JP-' || y || '-' || lpad(n::text, 6, '0')
from years_case where trained;

insert into figure_correction (id, case_number, enrollment_id, figure, old_value, new_value, reason, corrected_by,
                               corrected_at)
select n, case_number, n, 'POST_TEST_SCORE', 60, 70, 'Salah ketik', 'siti', opened + interval '26 days'
from years_case where trained and n % 2 = 1;

-- five emails a case, four of them sent (a receipt each); a programme's report email without a case
insert into email_message (id, idempotency_key, message_id, case_number, step, round, recipient, address, kind, locale,
                           subject, status, requested_at, sent_at, topic, content, about_task)
select (n - 1) * 5 + k, case_number || '/Event_Notify' || k || '/1/pegawai' || n || '/KIND' || k || '/job-' || n,
       '<' || n || '.' || k || '@kompeten.example>', case_number, 'Event_Notify' || k, 1, 'pegawai' || n,
       'pegawai' || n || '@kompeten.example', 'KIND' || k, 'id', 'Subjek ' || k,
       case when k = 5 then 'OBSOLETE' else 'SENT' end, opened + k * interval '3 days',
       case when k < 5 then opened + k * interval '3 days' end, case_number, '{"subject":"Subjek"}',
       case when k = 5 then 'task-' || n end
from years_case, generate_series(1, 5) k;
insert into email_delivery (idempotency_key, message_id, delivered_at)
select idempotency_key, message_id, sent_at from email_message where status = 'SENT';

-- programmes: one per agency and year, holding that agency's cases of the year
insert into programme (code, name, agency, programme_year, budget_code, evaluation_date, created_by, created_at,
                       process_instance_id)
select 'PG-' || lpad(a::text, 2, '0') || '-' || y, 'Program ' || a || ' ' || y, 'Instansi ' || lpad(a::text, 2, '0'), y,
       'PB-' || lpad(a::text, 2, '0') || '-' || y, make_date(y, 12, 1), 'siti', make_timestamptz(y, 1, 2, 0, 0, 0, 'UTC'),
       'pi-programme-' || a || '-' || y
from generate_series(0, 19) a, generate_series(2017, 2026) y;
insert into programme_case (programme_code, case_number)
select 'PG-' || lpad(((substr(nip, 3)::int - 1) / 1000)::text, 2, '0') || '-' || y, case_number from years_case;
insert into programme_participant (programme_code, employee_nip, added_by, added_at)
select 'PG-' || lpad(((substr(nip, 3)::int - 1) / 1000)::text, 2, '0') || '-' || y, nip, 'siti', opened from years_case;
insert into programme_goal (id, programme_code, figure, at_least, description)
select row_number() over (), code, (array['gainMean', 'reactionIndex', 'responseRate'])[k], 0.3, 'Sasaran ' || k
from programme, generate_series(1, 3) k;
insert into programme_competency (programme_code, competency_code)
select code, 'T-' || lpad(k::text, 3, '0') from programme, generate_series(1, 3) k;
insert into programme_session (programme_code, session_id)
select code, (programme_year - 2017) * 400 + (substr(code, 4, 2)::int) * 20 + k from programme, generate_series(1, 10) k;
insert into programme_indicator (id, programme_code, unit, name, before_value, after_value, higher_is_better, entered_by,
                                 entered_at)
select row_number() over (), code, 'Bidang ' || k, 'Indeks kepuasan', 70, 75, true, 'siti', created_at
from programme, generate_series(1, 5) k;
insert into programme_report (id, programme_code, version, final_report, report_json, generated_at, reviewed_by,
                              review_note, published_by, published_at)
select row_number() over (), code, k, k = 3, '{"code":"' || code || '"}', created_at + k * interval '100 days', 'siti',
       null, case when k = 3 then 'siti' end, case when k = 3 then created_at + interval '301 days' end
from programme, generate_series(1, 3) k;
-- the heads of each programme's units asked, most of them answered
insert into unit_head_interview (programme_code, unit, head_username, asked_at, answered_at, team_work, report_quality,
                                 administration_speed, public_satisfaction, observed_changes, obstacles)
select code, 'Bidang ' || k, 'kabid' || k, created_at + interval '300 days',
       case when k < 5 then created_at + interval '305 days' end, 4, 4, 3, 4, 'Pelayanan lebih cepat', 'Jaringan lemah'
from programme, generate_series(1, 5) k;
-- HR's words in the reviewed versions: a section rewritten, a finding of their own
insert into programme_report_text (programme_code, report_version, section, body, written_by, written_at)
select code, k, 'hasil', 'Teks bagian hasil yang ditulis BKPSDM', 'siti', created_at + k * interval '101 days'
from programme, generate_series(1, 3) k;
insert into programme_report_finding (programme_code, report_version, position, kind, finding, recommendation, evidence,
                                      written_by, written_at)
select code, k, 1, 'CHALLENGE', 'Jaringan internet lemah', 'Perbaiki jaringan', 'theme:SARANA_TEKNOLOGI', 'siti',
       created_at + k * interval '101 days'
from programme, generate_series(1, 3) k;

-- failed logins: a user from an address, the address, the user
insert into login_failure (throttle_key, user_id, failures, last_failure)
select (array['p:', 'a:', 'u:'])[k] || 'pegawai' || i || case when k < 3 then '@10.1.' || i % 250 || '.' || i % 200 else '' end,
       case when k <> 2 then 'pegawai' || i end, 1 + i % 4, timestamp '2026-01-01' + i * interval '1 hour'
from generate_series(1, 7000) i, generate_series(1, 3) k;

-- a claim of learning done elsewhere for the employee of every case without training, with its certificate; half
-- of them verified and credited to the ledger, half refused with a reason
insert into learning_claim (id, claim_number, employee_nip, kind, title, organiser, starts_on, ends_on, minutes, status,
                            submitted_by, submitted_at, certificate_type, certificate_size, certificate_sha256,
                            process_instance_id, decided_by, decided_at, decision_reason)
select n, 'KLM-' || y || '-' || lpad(n::text, 6, '0'), nip, (array['SEMINAR', 'WORKSHOP', 'E_LEARNING', 'KURSUS'])[1 + n % 4],
       'Seminar ' || n, 'Penyelenggara ' || n % 50, (opened + interval '10 days')::date, (opened + interval '12 days')::date,
       960, case when n % 2 = 0 then 'VERIFIED' else 'REFUSED' end, 'pegawai' || n, opened + interval '13 days',
       'application/pdf', 120000, md5(n::text) || md5(n::text), 'pc-' || n, 'siti', opened + interval '15 days',
       case when n % 2 = 1 then 'Sertifikat tidak terbaca' end
from years_case where not trained;
insert into learning_claim_certificate (claim_id, content)
select n, '\x255044462d'::bytea from years_case where not trained;
insert into jp_ledger_entry (id, employee_nip, ledger_year, activity, minutes, jp, credited_at, certificate_number, kind,
                             learning_claim_id, organiser, starts_on, ends_on)
select 100000 + n, nip, y, 'Seminar ' || n, 960, 21.33, opened + interval '15 days',
       'KMP-JP-' || y || '-' || lpad((100000 + n)::text, 6, '0'), 'SEMINAR', n, 'Penyelenggara ' || n % 50,
       (opened + interval '10 days')::date, (opened + interval '12 days')::date
from years_case where not trained and n % 2 = 0;

-- a coaching or mentoring for the employee of every third case, its supervisor the coach: three sessions logged,
-- closed, rated and credited
insert into development_activity (id, activity_number, employee_nip, kind, title, coach, status, started_by, started_at,
                                  process_instance_id, goals, planned_sessions, goals_agreed_at, goals_attained,
                                  applied_on_job, closing_note, closed_at, usefulness, coach_helpfulness, rated_at)
select n, 'AKT-' || y || '-' || lpad(n::text, 6, '0'), nip, case when n % 2 = 0 then 'COACHING' else 'MENTORING' end,
       'Coaching ' || n, 'atasan' || n % 300, 'COMPLETED', 'siti', opened, 'pg-' || n, 'Tujuan ' || n, 3,
       opened + interval '2 days', 1 + n % 5, 1 + n % 4, 'Tercapai', opened + interval '60 days', 1 + n % 5, 4,
       opened + interval '61 days'
from years_case where n % 3 = 1;
insert into activity_session (id, activity_id, held_on, minutes, notes, logged_by, logged_at)
select 3 * n + k, n, (opened + k * interval '20 days')::date, 60 + 15 * k, 'Sesi ' || k, 'atasan' || n % 300,
       opened + k * interval '20 days'
from years_case, generate_series(0, 2) k where n % 3 = 1;
-- a further study for the employee of every tenth case, four semesters recorded
insert into development_activity (id, activity_number, employee_nip, kind, title, status, started_by, started_at,
                                  process_instance_id, organiser, starts_on, ends_on)
select 900000 + n, 'AKT-' || y || '-9' || lpad(n::text, 5, '0'), nip, 'TUGAS_BELAJAR', 'S2 ' || n, 'STARTED', 'siti',
       opened, 'pg-s' || n, 'Universitas ' || n % 40, opened::date, (opened + interval '2 years')::date
from years_case where n % 10 = 7;
insert into activity_semester (id, activity_id, semester, credits, grade_point, transcript_number, study_status,
                               recorded_by, recorded_at)
select 4 * n + k, 900000 + n, k + 1, 9 + k, 3.25, 'TR-' || n || '-' || k, 'CONTINUING', 'siti',
       opened + (k + 1) * interval '180 days'
from years_case, generate_series(0, 3) k where n % 10 = 7;
insert into jp_ledger_entry (id, employee_nip, ledger_year, activity, minutes, jp, credited_at, certificate_number, kind,
                             activity_id, organiser, starts_on, ends_on)
select 200000 + n, nip, y, 'Coaching ' || n, 225, 5, opened + interval '61 days',
       'KMP-JP-' || y || '-' || lpad((200000 + n)::text, 6, '0'), 'COACHING', n, 'Atasan ' || n % 300,
       opened::date, (opened + interval '40 days')::date
from years_case where n % 3 = 1;

-- a development plan for every trained case: the employee's proposal of one course line, the supervisor's approval
-- (every tenth line changed to a cheaper date, every twentieth over the budget and confirmed by HR); the case's
-- coaching (every third case) is one of its plan's activities
insert into development_plan (case_number, cycle_year, agency, status, proposed_by, proposed_at, approved_by,
                              approved_at, approval_note, total_cost, budget_left, budget_confirmed_by,
                              budget_confirmed_at, budget_note)
select c.case_number, c.y, e.agency, 'APPROVED', e.username, c.opened + interval '3 days', 'atasan' || c.n % 300,
       c.opened + interval '4 days', null, 2500000, case when c.n % 20 = 0 then 0 else 400000000 end,
       case when c.n % 20 = 0 then 'siti' end, case when c.n % 20 = 0 then c.opened + interval '5 days' end,
       case when c.n % 20 = 0 then 'Dari sisa anggaran' end
from years_case c join employee e on e.nip = c.nip where c.trained;
insert into development_plan_line (id, case_number, competency_code, priority, proposed_kind, proposed_jp,
                                   proposed_cost, proposed_starts_on, proposed_ends_on, kind, intended_jp, cost,
                                   starts_on, ends_on, activity_id)
select c.n, c.case_number, 'T-' || lpad((c.n % 40 + 1)::text, 3, '0'), case when c.n % 2 = 0 then 'HIGH' else 'MEDIUM' end,
       case when c.n % 3 = 1 then 'COACHING' else 'PELATIHAN' end, 20, 2500000, make_date(c.y, 2, 1), make_date(c.y, 11, 30),
       case when c.n % 3 = 1 then 'COACHING' else 'PELATIHAN' end, 20, 2500000,
       case when c.n % 10 = 0 then make_date(c.y, 3, 1) else make_date(c.y, 2, 1) end, make_date(c.y, 11, 30),
       case when c.n % 3 = 1 then c.n end
from years_case c where c.trained;
update development_activity a set case_number = c.case_number from years_case c where a.id = c.n and c.trained;

-- each agency's annual plan of each year, set by its head, with 50 activities
insert into agency_plan (id, plan_number, agency, plan_year, status, head, started_by, started_at, prepared_by,
                         prepared_at, decided_by, decided_at)
select a * 100 + (y - 2017), 'RPK-' || y || '-' || lpad((a * 100 + y - 2017)::text, 6, '0'),
       'Instansi ' || lpad(a::text, 2, '0'), y, 'APPROVED', 'kepala' || a, 'siti', make_timestamptz(y - 1, 11, 1, 8, 0, 0),
       'siti', make_timestamptz(y - 1, 11, 15, 8, 0, 0), 'kepala' || a, make_timestamptz(y - 1, 12, 1, 8, 0, 0)
from generate_series(0, 19) a, generate_series(2017, 2026) y;
insert into agency_plan_line (plan_id, line_no, competency_code, kind, target_group, participants, jp, budget,
                              organiser, starts_on, ends_on)
select p.id, l, 'T-' || lpad((l % 40 + 1)::text, 3, '0'), case when l % 4 = 0 then 'COACHING' else 'PELATIHAN' end,
       'Jabatan ' || l, 10 + l % 30, 20, 25000000, 'Penyelenggara ' || (l % 12), make_date(p.plan_year, 2, 1),
       make_date(p.plan_year, 11, 30)
from agency_plan p, generate_series(1, 50) l;

-- HR's coding of the answers with themes (their programmes' reviews): every second action plan of a trained case
insert into answer_theme (source, answer_id, case_number, theme, coded_by, coded_at)
select 'ACTION_PLAN', n, case_number, case when n % 8 = 0 then 'ANGGARAN' else 'BEBAN_KERJA' end, 'siti',
       opened + interval '200 days'
from years_case where trained and n % 2 = 0;
-- and every fourth supervisor's notes and development goal
insert into answer_theme (source, answer_id, case_number, theme, coded_by, coded_at)
select 'BEHAVIOUR_NOTES', n, case_number, 'DUKUNGAN_PIMPINAN', 'siti', opened + interval '200 days'
from years_case where trained and n % 4 = 1;
insert into answer_theme (source, answer_id, case_number, theme, coded_by, coded_at)
select 'DEVELOPMENT_GOAL', n, case_number, 'RELEVANSI', 'siti', opened + interval '200 days'
from years_case where n % 4 = 3;

drop table years_case;
analyze;
