-- Emails sent after their step commits (issue 13): the thread that ran the step sends them at once
-- (notification.EmailDrain), a Camunda job only for a send that failed, to retry it and end as an incident on the
-- case. The row keeps the step's process instance, its root, its definition and its job definition, for that job;
-- job_id is the job once it exists (then only the job sends the email). claimed_until: the lease of the node
-- sending it now, committed before the send, so that it outlives a restart of the database mid-send (a row lock
-- would not): no other node takes the email before it expires.
alter table email_message add column process_instance_id varchar(64);
alter table email_message add column root_process_instance_id varchar(64);
alter table email_message add column process_definition_id varchar(64);
alter table email_message add column job_definition_id varchar(64);
alter table email_message add column job_id varchar(64);
alter table email_message add column claimed_until timestamp with time zone;
-- the emails a node committed and did not send (it died before): every node looks for them now and then
create index email_message_requested on email_message (status, requested_at);
