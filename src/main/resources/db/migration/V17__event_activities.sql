-- Issue 14: the event family (seminar, workshop, course, upgrading, technical guidance, briefing, benchmarking,
-- outdoor learning) as activities: HR register the employee for an event of an organiser on its dates, record the
-- attendance after it (minutes attended, the certificate's number), and the employee reflects on it. A guided
-- activity has a coach; an event has none, but its organiser and dates. Portable SQL (H2 and PostgreSQL).
alter table development_activity alter column coach drop not null;
alter table development_activity add column organiser varchar(200);
alter table development_activity add column starts_on date;
alter table development_activity add column ends_on date;
alter table development_activity add column attended boolean;
alter table development_activity add column attended_minutes integer;
alter table development_activity add column certificate_number varchar(100);
alter table development_activity add column attendance_recorded_by varchar(64);
alter table development_activity add column learning_rating integer;
alter table development_activity add column action_plan varchar(2000);
alter table development_activity add constraint development_activity_learning check (learning_rating between 1 and 5);
alter table development_activity add constraint development_activity_attended_minutes check (attended_minutes > 0);
